import { SimError } from '../SimError';
import type { ChartModel, SeriesModel } from '../model/ChartModel';
import { formatText } from '../model/formatText';
import { ClientObjectBase, type ClientResult, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import type { RangeApi } from './RangeApi';
import { RecordApi } from './RecordApi';
import type { SimContext } from './SimContext';

export interface SeriesRef {
  readonly chart: ChartModel;
  readonly series: SeriesModel;
}

/** Excel.ChartSeries: values and category (x) ranges are references that move with inserted rows. */
export class ChartSeriesApi extends ClientObjectBase<SeriesRef> {
  readonly dataLabels: RecordApi;

  constructor(context: SimContext, resolver: Resolver<SeriesRef>) {
    super(context, resolver, 'ChartSeries');
    this.dataLabels = new RecordApi(
      context,
      () => this.requireModel()?.series.dataLabels ?? null,
      'ChartDataLabels',
      ['showValue', 'showPercentage', 'showCategoryName', 'showSeriesName', 'showLegendKey', 'position'],
    );
  }

  protected scalarNames(): readonly string[] {
    return ['name', 'chartType', 'hasDataLabels'];
  }

  protected override check(ref: SeriesRef): void {
    if (!ref.chart.series.includes(ref.series))
      throw new SimError('ItemNotFound', { location: 'ChartSeries', statement: 'The series was deleted.' });
  }

  protected readScalar(ref: SeriesRef, name: string, _exec: Execution): unknown {
    if (name === 'chartType') return ref.series.chartType ?? ref.chart.chartType;
    return ref.series[name as 'name' | 'hasDataLabels'];
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    return name === 'dataLabels' ? this.dataLabels : undefined;
  }

  private bump(): void {
    this.context.backend.model.version++;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (r) => {
      r.series.name = v;
      this.bump();
    });
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.set('chartType', v, (r) => {
      r.series.chartType = v;
      this.bump();
    });
  }
  get hasDataLabels(): boolean {
    return this.get('hasDataLabels');
  }
  set hasDataLabels(v: boolean) {
    this.set('hasDataLabels', v, (r) => {
      r.series.hasDataLabels = v;
      this.bump();
    });
  }

  private setRef(key: 'values' | 'xValues', range: RangeApi): void {
    this.queue((r) => {
      const target = range.requireModel();
      if (!target) return;
      r.series[key] = { sheet: target.sheet, rect: target.rect };
      this.bump();
    });
  }

  setValues(sourceData: RangeApi): void {
    this.setRef('values', sourceData);
  }

  setXAxisValues(sourceData: RangeApi): void {
    this.setRef('xValues', sourceData);
  }

  /** getDimensionValues("Values" | "Categories"): the referenced cells as text. */
  getDimensionValues(dimension: string): ClientResult<string[]> {
    return this.result((r) => {
      const ref = dimension === 'Categories' || dimension === 'XValues' ? r.series.xValues : r.series.values;
      if (!ref) return [];
      const out: string[] = [];
      for (let row = ref.rect.r0; row <= ref.rect.r1; row++) {
        for (let c = ref.rect.c0; c <= ref.rect.c1; c++)
          out.push(formatText(ref.sheet.grid.value(row, c), ref.sheet.grid.numberFormat(row, c)));
      }
      return out;
    });
  }

  delete(): void {
    this.queue((r) => {
      r.chart.series = r.chart.series.filter((s) => s !== r.series);
      this.bump();
    });
  }
}

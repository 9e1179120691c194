import { SimError } from '../SimError';
import { checkChartType } from '../model/chartOps';
import type { ChartModel } from '../model/ChartModel';
import { ChartSeriesCollectionApi } from './ChartSeriesCollectionApi';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import type { RangeApi } from './RangeApi';
import { refFromAddress } from './RangeRef';
import { RecordApi } from './RecordApi';
import type { SimContext } from './SimContext';
import { WorksheetApi } from './WorksheetApi';

const SCALARS = ['name', 'id', 'chartType', 'top', 'left', 'width', 'height'] as const;
const DATA_LABELS = [
  'showValue',
  'showPercentage',
  'showCategoryName',
  'showSeriesName',
  'showLegendKey',
  'position',
];

/** Excel.Chart. Title, legend, axes and data labels are small records on the chart model. */
export class ChartApi extends ClientObjectBase<ChartModel> {
  readonly title: RecordApi;
  readonly legend: RecordApi;
  readonly dataLabels: RecordApi;
  readonly axes: { categoryAxis: RecordApi; valueAxis: RecordApi };
  private seriesApi: ChartSeriesCollectionApi | undefined;

  constructor(context: SimContext, resolver: Resolver<ChartModel>) {
    super(context, resolver, 'Chart');
    const part = (pick: (c: ChartModel) => object) => (): Record<string, unknown> | null => {
      const chart = this.requireModel();
      return chart ? (pick(chart) as Record<string, unknown>) : null;
    };
    this.title = new RecordApi(
      context,
      part((c) => c.title),
      'ChartTitle',
      ['text', 'visible'],
    );
    this.legend = new RecordApi(
      context,
      part((c) => c.legend),
      'ChartLegend',
      ['visible', 'position'],
    );
    this.dataLabels = new RecordApi(
      context,
      part((c) => c.dataLabels),
      'ChartDataLabels',
      DATA_LABELS,
    );
    const axis = (pick: (c: ChartModel) => object, entity: string): RecordApi =>
      new RecordApi(context, part(pick), entity, [], {
        title: new RecordApi(
          context,
          part((c) => (pick(c) as { title: object }).title),
          'ChartAxisTitle',
          ['text', 'visible'],
        ),
      });
    this.axes = {
      categoryAxis: axis((c) => c.axes.category, 'ChartAxis'),
      valueAxis: axis((c) => c.axes.value, 'ChartAxis'),
    };
    for (const name of ['top', 'left', 'width', 'height'] as const) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get<unknown>(name),
        set: (v: number) =>
          this.set(name, v, (c) => {
            c[name] = v;
            this.bump();
          }),
      });
    }
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override check(chart: ChartModel): void {
    if (!chart.sheet.charts.includes(chart) || chart.sheet.deleted) {
      throw new SimError('ItemNotFound', {
        location: 'Chart',
        statement: `Chart "${chart.name}" no longer exists.`,
      });
    }
  }

  protected readScalar(chart: ChartModel, name: string, _exec: Execution): unknown {
    return chart[name as (typeof SCALARS)[number]];
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    const nav: Record<string, ClientObjectBase<unknown>> = {
      title: this.title,
      legend: this.legend,
      dataLabels: this.dataLabels,
      series: this.series,
    };
    return nav[name];
  }

  private bump(): void {
    this.context.backend.model.version++;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (c) => {
      c.name = v;
      this.bump();
    });
  }
  get id(): string {
    return this.get('id');
  }
  get chartType(): string {
    return this.get('chartType');
  }
  set chartType(v: string) {
    this.set('chartType', v, (c) => {
      checkChartType(v, 'Chart.chartType');
      c.chartType = v;
      this.bump();
    });
  }

  get series(): ChartSeriesCollectionApi {
    return (this.seriesApi ??= new ChartSeriesCollectionApi(this.context, () => this.requireModel()));
  }

  get worksheet(): WorksheetApi {
    return new WorksheetApi(this.context, () => this.requireModel()?.sheet ?? null);
  }

  /** Places the chart over cells: 48pt columns and 15pt rows unless widths/heights were changed. */
  setPosition(startCell: RangeApi | string, endCell?: RangeApi | string): void {
    this.queue((chart) => {
      const wb = this.context.backend.model;
      const rectOf = (cell: RangeApi | string) =>
        typeof cell === 'string'
          ? refFromAddress(wb, chart.sheet, cell, 'Chart.setPosition').rect
          : cell.requireModel()?.rect;
      const start = rectOf(startCell);
      if (!start) return;
      chart.top = start.r0 * 15;
      chart.left = start.c0 * 48;
      const end = endCell === undefined ? undefined : rectOf(endCell);
      if (end) {
        chart.height = (end.r1 - start.r0 + 1) * 15;
        chart.width = (end.c1 - start.c0 + 1) * 48;
      }
      this.bump();
    });
  }

  delete(): void {
    this.queue((chart) => {
      chart.sheet.charts = chart.sheet.charts.filter((c) => c !== chart);
      this.bump();
    });
  }

  activate(): void {}
}

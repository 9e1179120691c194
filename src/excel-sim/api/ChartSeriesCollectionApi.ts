import { SimError } from '../SimError';
import type { ChartModel, SeriesModel } from '../model/ChartModel';
import { ChartSeriesApi, type SeriesRef } from './ChartSeriesApi';
import { CollectionApi } from './CollectionApi';
import type { Resolver } from './ClientObjectBase';
import type { SimContext } from './SimContext';

/** Excel.ChartSeriesCollection. */
export class ChartSeriesCollectionApi extends CollectionApi<ChartModel, SeriesRef, ChartSeriesApi> {
  constructor(context: SimContext, resolver: Resolver<ChartModel>) {
    super(context, resolver, 'ChartSeriesCollection');
  }

  protected models(chart: ChartModel): readonly SeriesRef[] {
    return chart.series.map((series) => ({ chart, series }));
  }

  protected wrap(ref: SeriesRef): ChartSeriesApi {
    return new ChartSeriesApi(this.context, () => ref);
  }

  getItemAt(index: number): ChartSeriesApi {
    return new ChartSeriesApi(this.context, () => {
      const chart = this.requireModel();
      if (!chart) return null;
      const series = chart.series[index];
      if (!series)
        throw new SimError('ItemNotFound', {
          location: 'ChartSeriesCollection.getItemAt',
          statement: `Chart "${chart.name}" has no series ${index}.`,
        });
      return { chart, series };
    }).instantiate();
  }

  /** add(name, index): an empty series, to be given values with setValues. */
  add(name?: string, index?: number): ChartSeriesApi {
    let created: SeriesRef | undefined;
    this.queue((chart) => {
      const series: SeriesModel = {
        name: name ?? `Series${chart.series.length + 1}`,
        hasDataLabels: false,
        dataLabels: { showValue: false },
      };
      chart.series.splice(index ?? chart.series.length, 0, series);
      created = { chart, series };
      this.context.backend.model.version++;
    });
    return new ChartSeriesApi(this.context, () => created ?? null);
  }
}

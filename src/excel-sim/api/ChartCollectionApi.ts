import { SimError } from '../SimError';
import { addChart } from '../model/chartOps';
import type { ChartModel } from '../model/ChartModel';
import type { SheetModel } from '../model/SheetModel';
import { ChartApi } from './ChartApi';
import { CollectionApi } from './CollectionApi';
import type { Resolver } from './ClientObjectBase';
import type { RangeApi } from './RangeApi';
import type { SimContext } from './SimContext';

/** Excel.ChartCollection of one worksheet. */
export class ChartCollectionApi extends CollectionApi<SheetModel, ChartModel, ChartApi> {
  constructor(context: SimContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, 'ChartCollection');
  }

  protected models(sheet: SheetModel): readonly ChartModel[] {
    return sheet.charts;
  }

  protected wrap(chart: ChartModel): ChartApi {
    return new ChartApi(this.context, () => chart);
  }

  /** add(type, sourceData, seriesBy): series laid out from the source range as Excel does. */
  add(type: string, sourceData: RangeApi, seriesBy: string = 'Auto'): ChartApi {
    let created: ChartModel | undefined;
    this.queue((sheet) => {
      const source = sourceData.requireModel();
      if (!source) return;
      created = addChart(
        this.context.backend.model,
        sheet,
        type,
        { sheet: source.sheet, rect: source.rect },
        seriesBy,
      );
    });
    return new ChartApi(this.context, () => created ?? null);
  }

  private lookup(
    pick: (sheet: SheetModel) => ChartModel | undefined,
    orNull: boolean,
    what: string,
  ): ChartApi {
    return new ChartApi(this.context, () => {
      const sheet = this.requireModel();
      const chart = sheet ? pick(sheet) : undefined;
      if (chart || orNull) return chart ?? null;
      throw new SimError('ItemNotFound', {
        location: 'ChartCollection.getItem',
        statement: `There is no chart ${what}${sheet ? ` on "${sheet.name}"` : ''}.`,
      });
    }).instantiate();
  }

  getItem(name: string): ChartApi {
    return this.lookup((s) => s.charts.find((c) => c.name === name), false, `named "${name}"`);
  }

  getItemOrNullObject(name: string): ChartApi {
    return this.lookup((s) => s.charts.find((c) => c.name === name), true, `named "${name}"`);
  }

  getItemAt(index: number): ChartApi {
    return this.lookup((s) => s.charts[index], false, `at index ${index}`);
  }
}

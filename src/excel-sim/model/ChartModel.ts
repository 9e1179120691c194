import type { SheetModel } from './SheetModel';
import type { Rect } from './Rect';

/** A reference from a chart to cells, which Excel moves when rows or columns are inserted or deleted. */
export interface CellRef {
  sheet: SheetModel;
  rect: Rect;
}

export interface SeriesModel {
  name: string;
  values?: CellRef;
  xValues?: CellRef;
  chartType?: string;
  hasDataLabels: boolean;
  dataLabels: Record<string, unknown>;
}

export interface TitleModel {
  text: string;
  visible: boolean;
}

export class ChartModel {
  title: TitleModel = { text: '', visible: true };
  legend = { visible: true, position: 'Right' };
  axes = {
    category: { title: { text: '', visible: false } as TitleModel },
    value: { title: { text: '', visible: false } as TitleModel },
  };
  dataLabels: Record<string, unknown> = { showValue: false, showPercentage: false, showCategoryName: false };
  series: SeriesModel[] = [];
  top = 0;
  left = 0;
  width = 360;
  height = 216;

  constructor(
    readonly id: string,
    public name: string,
    public chartType: string,
    public sheet: SheetModel,
  ) {}
}

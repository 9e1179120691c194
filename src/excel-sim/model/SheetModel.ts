import { CellGrid } from './CellGrid';
import { FormatLayers } from './FormatLayers';
import type { ChartModel } from './ChartModel';
import type { Rect } from './Rect';

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A list validation and its messages, kept as the JSON office.js accepts (DataValidationRule etc.). */
export interface ValidationEntry {
  rect: Rect;
  rule: Record<string, unknown>;
  ignoreBlanks: boolean;
  errorAlert: Record<string, unknown>;
  prompt: Record<string, unknown>;
}

export interface SheetProtection {
  protected: boolean;
  options: Record<string, boolean | string>;
  password?: string;
}

/** Everything Excel keeps per worksheet except tables, which are named workbook-wide. */
export class SheetModel {
  name: string;
  visibility: SheetVisibility = 'Visible';
  tabColor = '';
  deleted = false;
  readonly grid = new CellGrid();
  /** Font, fill, alignment, widths, heights and cell locking, as rectangles. */
  readonly formats = new FormatLayers();
  validations: ValidationEntry[] = [];
  charts: ChartModel[] = [];
  frozen = { rows: 0, columns: 0 };
  protection: SheetProtection = { protected: false, options: {} };
  selection: Rect = { r0: 0, c0: 0, r1: 0, c1: 0 };
  /** Every area of a multi-area selection (RangeAreas.select), the first being `selection`; else undefined. */
  selectionAreas: Rect[] | undefined = undefined;
  showGridlines = true;

  constructor(
    readonly id: string,
    name: string,
  ) {
    this.name = name;
  }
}

import type { SheetSnapshot } from '../excel-sim';
import { parseAddress } from '../excel-sim/model/address';
import type { Rect } from '../excel-sim/model/Rect';

/** The cell formats the preview draws, with Excel's defaults. */
export interface CellFormat {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  /** Font size in points (Calibri 11 by default). */
  size: number;
  color: string | null;
  fill: string | null;
  wrap: boolean;
  /** Excel's horizontalAlignment: 'General' aligns by value (text left, numbers right). */
  horizontal: string;
  /** Excel's verticalAlignment: 'Bottom' by default; our wrapped cells are 'Top'. */
  vertical: string;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  bold: false,
  italic: false,
  underline: false,
  size: 11,
  color: null,
  fill: null,
  wrap: false,
  horizontal: 'General',
  vertical: 'Bottom',
};

type Apply = (format: CellFormat, value: unknown) => void;
const KEYS: Readonly<Record<string, Apply>> = {
  'font.bold': (f, v) => (f.bold = v === true),
  'font.italic': (f, v) => (f.italic = v === true),
  'font.underline': (f, v) => (f.underline = typeof v === 'string' && v !== 'None'),
  'font.size': (f, v) => (f.size = typeof v === 'number' && v > 0 ? v : 11),
  'font.color': (f, v) => (f.color = typeof v === 'string' ? v : null),
  'fill.color': (f, v) => (f.fill = typeof v === 'string' ? v : null),
  wrapText: (f, v) => (f.wrap = v === true),
  horizontalAlignment: (f, v) => (f.horizontal = typeof v === 'string' ? v : 'General'),
  verticalAlignment: (f, v) => (f.vertical = typeof v === 'string' ? v : 'Bottom'),
};

export interface FormatLayer {
  readonly rect: Rect;
  readonly apply: (format: CellFormat) => void;
}

/** The sheet's drawable formats as layers, oldest first (a later one wins where they overlap, as in the workbook). */
export function formatLayers(sheet: SheetSnapshot): FormatLayer[] {
  // A table's header row is bold through its table style, before any format of the cells themselves.
  const layers: FormatLayer[] = sheet.tables.flatMap((table) => {
    try {
      const { rect } = parseAddress(table.range);
      return [{ rect: { ...rect, r1: rect.r0 }, apply: (f: CellFormat) => void (f.bold = true) }];
    } catch {
      return [];
    }
  });
  for (const entry of sheet.formats) {
    const apply = KEYS[entry.key];
    if (!apply) continue;
    try {
      layers.push({ rect: parseAddress(entry.range).rect, apply: (f) => apply(f, entry.value) });
    } catch {
      // A range the preview cannot read is shown unformatted.
    }
  }
  return layers;
}

/** Each cell's format, by (0-based) row and column. */
export function cellFormatAt(sheet: SheetSnapshot): (row: number, column: number) => CellFormat {
  const layers = formatLayers(sheet);
  return (row, column) => {
    const format = { ...DEFAULT_FORMAT };
    for (const { rect, apply } of layers) {
      if (row >= rect.r0 && row <= rect.r1 && column >= rect.c0 && column <= rect.c1) apply(format);
    }
    return format;
  };
}

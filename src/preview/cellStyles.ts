import type { CSSProperties } from 'react';
import type { SheetSnapshot } from '../excel-sim';
import { parseAddress } from '../excel-sim/model/address';
import type { Rect } from '../excel-sim/model/Rect';

const SHOWN: Readonly<Record<string, (value: unknown) => CSSProperties>> = {
  'font.bold': (v) => ({ fontWeight: v === true ? 700 : 400 }),
  'font.italic': (v) => ({ fontStyle: v === true ? 'italic' : 'normal' }),
  'font.color': (v) => (typeof v === 'string' ? { color: v } : {}),
  'fill.color': (v) => (typeof v === 'string' ? { backgroundColor: v } : {}),
};

/**
 * The cell formats the preview shows (table headers; bold, italic, font and fill colour), as a lookup by cell. Format
 * entries are applied in order, so a later one wins where they overlap, as in the workbook.
 */
export function cellStyles(sheet: SheetSnapshot): (row: number, column: number) => CSSProperties | undefined {
  // A table's header row is bold through its table style, before any format of the cells themselves.
  const layers: { rect: Rect; style: CSSProperties }[] = sheet.tables.flatMap((table) => {
    try {
      const { rect } = parseAddress(table.range);
      return [{ rect: { ...rect, r1: rect.r0 }, style: { fontWeight: 700 } }];
    } catch {
      return [];
    }
  });
  for (const entry of sheet.formats) {
    const toStyle = SHOWN[entry.key];
    if (!toStyle) continue;
    try {
      layers.push({ rect: parseAddress(entry.range).rect, style: toStyle(entry.value) });
    } catch {
      // A range the preview cannot read is shown unformatted.
    }
  }
  return (row, column) => {
    let style: CSSProperties | undefined;
    for (const { rect, style: s } of layers) {
      if (row >= rect.r0 && row <= rect.r1 && column >= rect.c0 && column <= rect.c1)
        style = { ...style, ...s };
    }
    // A filled cell keeps Excel's black text even when the preview itself is dark.
    return style?.backgroundColor && !style.color ? { ...style, color: '#000000' } : style;
  };
}

import type { ReportSheet } from '../../core/report/ReportSheet';
import { columnNumber } from '../../core/sheets/cellAddress';

export interface FormatRun {
  /** 1-based column and first/last row. */
  readonly column: number;
  readonly r0: number;
  readonly r1: number;
  readonly format: string;
}

/** 1-based corners of an A1 range. */
export function corners(range: string): { r0: number; c0: number; r1: number; c1: number } {
  const [a = '', b = a] = range.split(':');
  const parse = (cell: string): [number, number] => {
    const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
    return [Number(m[2]), columnNumber(m[1]!)];
  };
  const [r0, c0] = parse(a);
  const [r1, c1] = parse(b);
  return { r0, c0, r1, c1 };
}

/**
 * The number format each written cell needs, as runs down each column (one operation per run, not per
 * cell): text as text ('@') so nothing typed is read as a formula or a date, percent cells with their
 * format, links and other numbers General (a link is a HYPERLINK formula, which a text cell would show as text).
 */
export function cellFormats(sheet: ReportSheet): FormatRun[] {
  const special = new Map<string, string>();
  for (const s of sheet.styles) {
    if (s.numberFormat === undefined) continue;
    const { r0, c0, r1, c1 } = corners(s.range);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) special.set(`${r},${c}`, s.numberFormat);
  }
  for (const l of sheet.links) {
    const { r0, c0 } = corners(l.cell);
    special.set(`${r0},${c0}`, 'General');
  }
  const width = Math.max(0, ...sheet.cells.map((r) => r.length));
  const runs: FormatRun[] = [];
  for (let c = 1; c <= width; c++) {
    let open: { r0: number; r1: number; format: string } | null = null;
    const close = (): void => {
      if (open) runs.push({ column: c, ...open });
      open = null;
    };
    sheet.cells.forEach((row, i) => {
      const r = i + 1;
      const v = row[c - 1] ?? null;
      const format =
        v === null || v === ''
          ? null
          : (special.get(`${r},${c}`) ?? (typeof v === 'string' ? '@' : 'General'));
      if (format === null) return close();
      if (open && open.format === format && open.r1 === r - 1) open.r1 = r;
      else {
        close();
        open = { r0: r, r1: r, format };
      }
    });
    close();
  }
  return runs;
}

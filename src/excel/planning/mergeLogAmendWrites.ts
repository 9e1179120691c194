import type { ReportLink, ReportSheet } from '../../core/report/ReportSheet';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { CellValue } from '../../core/sheets/SheetData';
import { cellFormats } from '../findings/cellFormats';
import { applyStyle } from '../findings/cellStyles';
import { matrixBytes, WritePlan } from '../findings/WritePlan';
import { linkFormula, ROWS_PER_BLOCK } from '../findings/writeReportSheet';

type Batch = (context: Excel.RequestContext) => void;

const targets = (links: readonly ReportLink[]): Map<string, string> =>
  new Map(links.map((l) => [l.cell, l.target]));

/** Does row `r` (1-based) read differently, in a value or where a link goes? */
function differs(
  was: readonly CellValue[],
  now: readonly CellValue[],
  r: number,
  wasLinks: ReadonlyMap<string, string>,
  nowLinks: ReadonlyMap<string, string>,
): boolean {
  for (let c = 0; c < Math.max(was.length, now.length); c++) {
    if ((was[c] ?? '') !== (now[c] ?? '')) return true;
    const at = cellAddress(r, c + 1);
    if (wasLinks.get(at) !== nowLinks.get(at)) return true;
  }
  return false;
}

/**
 * The writes that turn a Merge log sheet written as `before` into `after`: the same log laid out again once
 * the import's read-back found what co-authors changed (conflict cells corrected in place, a section added
 * at the end). Rewriting the sheet would resend every conflict, megabytes on a big log; only the rows
 * that differ are written (with their number formats, as planReportSheet writes them), then what `after`
 * adds: styles, tables, wrapping. The layout only adds, so nothing is taken away. Each batch is a round
 * trip under the request budget: one, unless tens of thousands of conflicts moved.
 */
export function mergeLogAmendWrites(before: ReportSheet, after: ReportSheet): Batch[] {
  const [wasLinks, nowLinks] = [targets(before.links), targets(after.links)];
  const changed = after.cells.map((row, i) => differs(before.cells[i] ?? [], row, i + 1, wasLinks, nowLinks));
  if (!changed.includes(true)) return [];
  const ws = (context: Excel.RequestContext): Excel.Worksheet =>
    context.workbook.worksheets.getItem(after.name);
  const plan = new WritePlan();
  // Formats of the changed rows only: the rows left as they were are blanked out of the sheet asked about.
  const masked = { ...after, cells: after.cells.map((row, i) => (changed[i] ? row : [])) };
  for (const run of cellFormats(masked)) {
    const address = `${cellAddress(run.r0, run.column)}:${cellAddress(run.r1, run.column)}`;
    plan.add(run.format.length, (context) => {
      ws(context).getRange(address).numberFormat = run.format as unknown as string[][];
    });
  }
  for (let start = 0; start < after.cells.length;) {
    if (!changed[start]) {
      start++;
      continue;
    }
    let end = start;
    while (end < after.cells.length && changed[end] && end - start < ROWS_PER_BLOCK) end++;
    // As wide as the row was too, so a cell the new layout leaves out is cleared, not kept.
    const width = Math.max(
      1,
      ...after.cells
        .slice(start, end)
        .map((row, k) => Math.max(row.length, before.cells[start + k]?.length ?? 0)),
    );
    const matrix = after.cells.slice(start, end).map((row, k) =>
      Array.from({ length: width }, (_, c) => {
        const v = row[c] ?? '';
        const target = nowLinks.get(cellAddress(start + k + 1, c + 1));
        return target === undefined ? v : linkFormula(target, String(v));
      }),
    );
    const address = `A${start + 1}:${cellAddress(end, width)}`;
    plan.add(matrixBytes(matrix), (context) => {
      ws(context).getRange(address).formulas = matrix;
    });
    start = end;
  }
  const styled = new Set(before.styles.map((s) => `${s.range} ${s.style} ${s.numberFormat ?? ''}`));
  for (const s of after.styles)
    if (!styled.has(`${s.range} ${s.style} ${s.numberFormat ?? ''}`))
      plan.add(0, (context) => applyStyle(ws(context).getRange(s.range), s.style));
  const tabled = new Set(before.tables.map((t) => t.name));
  for (const t of after.tables)
    if (!tabled.has(t.name))
      plan.add(t.name.length, (context) => {
        ws(context).tables.add(t.range, true).name = t.name;
      });
  const wrapped = new Set(before.wrapped ?? []);
  for (const range of after.wrapped ?? [])
    if (!wrapped.has(range))
      plan.add(0, (context) => {
        const format = ws(context).getRange(range).format;
        format.wrapText = true;
        format.verticalAlignment = 'Top';
      });
  return plan.batches();
}

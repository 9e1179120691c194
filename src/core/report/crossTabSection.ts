import type { CrossTab, Findings } from '../findings/Findings';
import type { CellValue } from '../sheets/SheetData';
import { percentCell, percentFormat } from './percentCell';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

/** Header cells must be distinct text in a table: a repeated label gets " (2)". */
function distinct(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h) => {
    let name = h;
    for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${h} (${n})`;
    seen.add(name.toLowerCase());
    return name;
  });
}

/**
 * One select question by another: a row per row-question choice, then for each column-question choice its
 * n and its % of the row's cases that answered the column question, then the row's total.
 */
export function crossTabSection(b: SheetBuilder, findings: Findings, tab: CrossTab, names: TableNames): void {
  const label = (name: string): string => findings.questions.find((q) => q.name === name)?.label || name;
  b.line([`${label(tab.rowQuestion)} by ${label(tab.columnQuestion)}`], 'heading');
  b.line(["Each % is of the row's cases that answered both questions."], 'note');
  const header = distinct([
    label(tab.rowQuestion),
    ...tab.columns.flatMap((c) => [`${c.label} n`, `${c.label} %`]),
    'Total',
  ]);
  const rows = tab.rows.map((r) => {
    const line: CellValue[] = [r.label];
    for (const c of tab.columns) {
      const cell = tab.cells.find((x) => x.row === r.name && x.column === c.name);
      line.push(cell?.count.n ?? null, percentCell(cell?.count.percent ?? null));
    }
    line.push(r.total.n);
    return line;
  });
  const placed = b.table(names.take(`Findings_X_${tab.rowQuestion}_${tab.columnQuestion}`), header, rows);
  const format = percentFormat(findings.settings.decimals);
  tab.columns.forEach((_, j) =>
    b.style(placed.firstRow, 3 + 2 * j, placed.lastRow, 3 + 2 * j, 'percent', format),
  );
  b.gap();
}

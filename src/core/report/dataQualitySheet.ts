import type { Findings } from '../findings/Findings';
import type { ReportSheet } from './ReportSheet';
import { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

export const DATA_QUALITY_SHEET = 'Data quality';

/** `'Audit'!H12`: quoted always, so a sheet name with spaces or an apostrophe still resolves. */
export function cellTarget(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/**
 * Every issue the engine found, one row each: case, question, kind, message and a link to the answer's cell.
 * Team only: it names cases and can quote what was typed.
 */
export function dataQualitySheet(findings: Findings, refreshedAt: string, names: TableNames): ReportSheet {
  const b = new SheetBuilder(DATA_QUALITY_SHEET);
  b.line(['Data quality'], 'title');
  b.line(
    [
      `Refreshed ${refreshedAt}. Every problem found in the case rows, whether or not the case is counted yet: select a cell address to go to the answer.`,
    ],
    'note',
  );
  b.gap();
  const issues = findings.issues;
  if (issues.length === 0) {
    b.line(['No problems found.']);
    return b.build([14, 24, 22, 90, 12]);
  }
  // One pass over the issues, each read once: a run can have hundreds of thousands.
  const rows: string[][] = [];
  const targets: string[] = [];
  for (const i of issues) {
    const linked = i.cell !== '';
    rows.push([i.caseId, i.question, i.kind, i.message, linked ? `${i.sheet}!${i.cell}` : '']);
    targets.push(linked ? cellTarget(i.sheet, i.cell) : '');
  }
  const placed = b.table(
    names.take('DataQuality_Issues'),
    ['Case ID', 'Question', 'Kind', 'Message', 'Cell'],
    rows,
  );
  targets.forEach((target, k) => {
    if (target !== '') b.link(placed.firstRow + k, 5, target);
  });
  if (targets.some((t) => t !== '')) b.style(placed.firstRow, 5, placed.lastRow, 5, 'link');
  return b.build([14, 24, 22, 90, 12], placed.headerRow);
}

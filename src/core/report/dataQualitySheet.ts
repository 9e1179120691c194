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
  const placed = b.table(
    names.take('DataQuality_Issues'),
    ['Case ID', 'Question', 'Kind', 'Message', 'Cell'],
    issues.map((i) => [i.caseId, i.question, i.kind, i.message, i.cell === '' ? '' : `${i.sheet}!${i.cell}`]),
  );
  issues.forEach((i, k) => {
    if (i.cell !== '') b.link(placed.firstRow + k, 5, cellTarget(i.sheet, i.cell));
  });
  if (issues.some((i) => i.cell !== '')) b.style(placed.firstRow, 5, placed.lastRow, 5, 'link');
  return b.build([14, 24, 22, 90, 12], placed.headerRow);
}

import type { CellValue } from '../sheets/SheetData';
import type { AuditorProgress, Coverage } from './coverageOf';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

export const NO_AUDITOR = '(no auditor)';

/**
 * The status board on the Findings sheet, as the Planning tab shows it: a row per auditor and one for all,
 * cases not started, in progress, complete and not audited, and the escalations raised on their cases.
 * Team only: it names auditors. Left out when no case has an auditor (nothing was allocated).
 */
export function progressSection(
  b: SheetBuilder,
  coverage: Coverage,
  withEscalations: boolean,
  names: TableNames,
): void {
  if (!coverage.byAuditor.some((a) => a.auditor !== '')) return;
  b.line(['Progress'], 'heading');
  b.line(
    [
      `By the Auditor and Status columns of the Audit sheet${coverage.marksRecorded ? '; a case marked Not audited counts only as not audited' : ''}${withEscalations ? '; escalations count under the auditor of their case' : ''}.`,
    ],
    'note',
  );
  const header = ['Auditor', 'Not started', 'In progress', 'Complete', 'Not audited', 'Cases'];
  if (withEscalations) header.push('Escalations', 'Open escalations');
  const row = (label: string, a: AuditorProgress): CellValue[] => {
    const cells: CellValue[] = [label, a.notStarted, a.inProgress, a.audited, a.notAudited, a.sampled];
    if (withEscalations) cells.push(a.escalations, a.open);
    return cells;
  };
  b.table(names.take('Findings_Progress'), header, [
    ...coverage.byAuditor.map((a) => row(a.auditor === '' ? NO_AUDITOR : a.auditor, a)),
    row('All auditors', coverage.overall),
  ]);
  if (
    withEscalations &&
    coverage.overall.escalations > coverage.byAuditor.reduce((n, a) => n + a.escalations, 0)
  )
    b.line(['All auditors includes escalations on cases no longer in the Audit sheet.'], 'note');
  b.gap();
}

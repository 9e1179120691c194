import type { Findings } from '../findings/Findings';
import { publishGroup } from './publishGroup';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const STATUSES = ['Complete', 'In progress', 'Not started'] as const;

/** Which rows count, in words; a file without a Status column counts every case row. */
export function countedStatuses(findings: Findings): string {
  if (Object.keys(findings.cases.byStatus).length === 0 && findings.cases.rows > 0)
    return 'every case row with a Case ID (there is no Status column)';
  return findings.settings.includeInProgress
    ? 'cases whose Status is Complete or In progress'
    : 'cases whose Status is Complete';
}

/** Title, version, when refreshed, which cases count, and the cases by status as a small table. */
export function headingSection(
  b: SheetBuilder,
  findings: Findings,
  refreshedAt: string,
  board: boolean,
  names: TableNames,
): void {
  const { form, cases } = findings;
  b.line([form.title === '' ? 'Findings' : `Findings: ${form.title}`], 'title');
  const version = form.version === '' ? '' : `Version ${form.version}. `;
  b.line([`${version}Refreshed ${refreshedAt}.`], 'subtitle');
  const threshold = board ? findings.settings.suppressionThreshold : null;
  const hasStatus = Object.keys(cases.byStatus).length > 0;
  const published = publishGroup(
    STATUSES.map((s) => cases.byStatus[s] ?? 0),
    threshold,
  );
  const [complete, inProgress] = published.parts;
  // Included cases are the Complete ones (and In progress, when counted): shown only as those are shown.
  const included = !hasStatus
    ? publishGroup([cases.included], threshold).total
    : findings.settings.includeInProgress
      ? typeof complete === 'number' && typeof inProgress === 'number'
        ? complete + inProgress
        : 'c'
      : complete!;
  const rows = hasStatus ? published.total : publishGroup([cases.rows], threshold).total;
  b.line([`Included: ${included} of ${rows} case rows, counting ${countedStatuses(findings)}.`]);
  if (!board)
    for (const w of findings.warnings)
      b.line([w.cell === '' ? w.message : `${w.sheet}!${w.cell}: ${w.message}`], 'warning');
  b.gap();
  b.line(['Cases by status'], 'heading');
  const byStatus = hasStatus ? STATUSES.map((s, i) => [s, published.parts[i]!]) : [];
  b.table(names.take('Findings_Cases'), ['Status', 'Cases'], [...byStatus, ['All case rows', rows]]);
  b.gap();
}

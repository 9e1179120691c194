import type { Findings, QuestionFinding } from '../findings/Findings';
import { formatPercent, percent } from '../findings/percent';
import { agreementRows, AGREEMENT_HEADER } from './agreementRows';
import { disagreementTable } from './disagreementTable';
import type { ModerationRecords } from './ModerationRecords';
import { moderationOf } from './moderationOf';
import { percentCell, percentFormat } from './percentCell';
import { NO_AUDITOR } from './progressSection';
import { publishGroup } from './publishGroup';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const KAPPA_NOTE =
  "n is the cases compared: a question both left blank is not compared; blank against an answer is a disagreement. Kappa (Cohen's) is agreement beyond what chance would give: 1 is perfect, 0 no better than chance.";

/** Whether there is anything to report: a completed re-audit (or, for the team, a problem with one). */
export function reportsModeration(records: ModerationRecords, board: boolean): boolean {
  return records.report.cases > 0 || (!board && records.report.problems.length > 0);
}

/**
 * Moderation agreement: how far the moderator's complete re-audits agree with the first audits, per
 * question (% agreement and kappa, with the cases compared). Team sheets add each auditor's agreement with
 * their disagreements and how many the lead resolved, and the disagreements still open, linked to the
 * moderator's answer. Board: per question only, suppressed; no case, auditor or moderator appears. Left out
 * until the moderator has completed a re-audit.
 */
export function moderationSection(
  b: SheetBuilder,
  findings: Findings,
  records: ModerationRecords,
  board: boolean,
  names: TableNames,
): void {
  const { report } = records;
  if (!reportsModeration(records, board)) return;
  const decimals = findings.settings.decimals;
  const threshold = board ? findings.settings.suppressionThreshold : null;
  b.line(['Moderation agreement'], 'heading');
  const cases = publishGroup([report.cases], threshold).total;
  const overall = publishGroup([report.agreed, report.compared - report.agreed], threshold);
  const whole = percent(report.agreed, report.compared, decimals);
  const share =
    whole === null || overall.parts[0] === 'c' || overall.total === 'c'
      ? ''
      : `: ${report.agreed} of ${report.compared} answers compared agree (${formatPercent(whole, decimals)})`;
  b.line(
    [
      `${cases} ${cases === 1 ? 'case' : 'cases'} audited twice, by a moderator who did not see the first answers (select questions only)${share}.`,
    ],
    'note',
  );
  b.line([KAPPA_NOTE], 'note');
  if (!board) for (const p of report.problems) b.line([p.message], 'warning');
  const labels = new Map<string, QuestionFinding>(findings.questions.map((q) => [q.name, q]));
  const placed = b.table(
    names.take('Findings_Agreement'),
    AGREEMENT_HEADER,
    agreementRows(report.questions, labels, decimals, threshold),
  );
  b.style(placed.firstRow, 4, placed.lastRow, 4, 'percent', percentFormat(decimals));
  b.style(placed.firstRow, 5, placed.lastRow, 5, 'percent', '0.00');
  // A missing kappa's reason is a sentence, longer than the column: wrapped, it stays in its cell.
  b.wrap(placed.firstRow, 5, placed.lastRow, 5);
  if (!board) teamDetails(b, findings, records, labels, names);
  b.gap();
}

/** Per auditor and the open disagreements: names and Case IDs, so team sheets only. */
function teamDetails(
  b: SheetBuilder,
  findings: Findings,
  records: ModerationRecords,
  labels: ReadonlyMap<string, QuestionFinding>,
  names: TableNames,
): void {
  const decimals = findings.settings.decimals;
  const summary = moderationOf(records);
  b.gap();
  const placed = b.table(
    names.take('Findings_AgreementByAuditor'),
    ['Auditor', 'Cases', 'Compared', 'Agreed', '% agreed', 'Disagreements', 'Resolved'],
    summary.byAuditor.map((a) => [
      a.auditor === '' ? NO_AUDITOR : a.auditor,
      a.cases,
      a.compared,
      a.agreed,
      percentCell(percent(a.agreed, a.compared, decimals)),
      a.disagreements,
      a.resolved,
    ]),
  );
  b.style(placed.firstRow, 5, placed.lastRow, 5, 'percent', percentFormat(decimals));
  b.gap();
  disagreementTable(b, summary, records.sheet, labels, names);
}

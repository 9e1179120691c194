import type { Findings } from '../findings/Findings';
import type { CellValue } from '../sheets/SheetData';
import type { Coverage } from './coverageOf';
import { countedStatuses } from './headingSection';
import { publishGroup } from './publishGroup';
import type { SheetBuilder } from './SheetBuilder';
import type { TableNames } from './tableName';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What the Samples sheet says, in a line: a sampled figure only when one case draw is recorded. */
function sampleLine(coverage: Coverage, board: boolean): string {
  const draws = coverage.draws;
  if (draws === null) return 'No sample is recorded in this workbook (there is no Samples sheet).';
  if (draws.length === 0) return 'The Samples sheet records no draw of cases.';
  if (draws.length === 1 && board)
    return `Sampled: as recorded on the Samples sheet (sample ${draws[0]!.sample}).`;
  if (draws.length === 1)
    return `Sample ${draws[0]!.sample} (Samples sheet): ${draws[0]!.method || 'method not recorded'}.`;
  return `The Samples sheet records ${draws.length} draws of cases${board ? '' : ' (below)'}; a case drawn twice is one Audit row, so no single sampled figure is given.`;
}

/**
 * Sample and coverage: how the cases the figures count stand against the sample drawn, so a reader sees what
 * every denominator rests on. Team: the Audit rows by status with Not audited split out (a mark wins over
 * the status), the reasons, each draw, and warnings for marks that disagree with the figures. Board: only
 * sampled, in the Audit sheet, not audited and counted, suppressed; the status split is already in Cases by
 * status, and reasons and draw methods are typed text.
 */
export function coverageSection(
  b: SheetBuilder,
  findings: Findings,
  coverage: Coverage,
  board: boolean,
  names: TableNames,
): void {
  const threshold = board ? findings.settings.suppressionThreshold : null;
  const { overall } = coverage;
  b.line(['Sample and coverage'], 'heading');
  b.line(
    [
      `The figures above count ${countedStatuses(findings)}. Here is how those cases stand against the sample.`,
    ],
    'note',
  );
  b.line([sampleLine(coverage, board)], 'note');
  const rows: CellValue[][] = [];
  if (coverage.sampled !== null)
    rows.push(['Sampled (Samples sheet)', publishGroup([coverage.sampled], threshold).total]);
  const marked = coverage.marksRecorded ? overall.notAudited : 0;
  const split = publishGroup([marked, overall.sampled - marked], threshold);
  rows.push(['In the Audit sheet', split.total]);
  if (!board)
    rows.push(
      ['Audited (Complete)', overall.audited],
      ['In progress', overall.inProgress],
      ['Not started', overall.notStarted],
    );
  if (coverage.marksRecorded) rows.push(['Not audited (Not audited sheet)', split.parts[0]!]);
  const counted = publishGroup([findings.cases.included], threshold).total;
  rows.push(['Counted in these findings', counted]);
  b.table(names.take('Findings_Coverage'), ['Cases', 'Count'], rows);
  if (!coverage.marksRecorded)
    b.line(['No case is marked Not audited (there is no Not audited sheet).'], 'note');
  if (!board) teamDetails(b, coverage, names);
  b.gap();
}

/** Reasons, draws and the marks that need the lead's attention: typed text, for the team only. */
function teamDetails(b: SheetBuilder, coverage: Coverage, names: TableNames): void {
  if (coverage.markedButCounted > 0)
    b.line(
      [
        `${plural(coverage.markedButCounted, 'case marked Not audited is', 'cases marked Not audited are')} still counted in these figures, as their Status says. If not audited, set the Status to Not started; if audited, delete the mark's row on the Not audited sheet.`,
      ],
      'warning',
    );
  if (coverage.marksNotInAudit.length > 0)
    b.line(
      [
        `The Not audited sheet marks ${plural(coverage.marksNotInAudit.length, 'case', 'cases')} not in the Audit sheet (${coverage.marksNotInAudit.join(', ')}), so they are in no figure: check the Case ID on that sheet.`,
      ],
      'warning',
    );
  const reasons = coverage.overall.notAuditedReasons;
  if (reasons.length > 0) {
    b.gap();
    b.table(
      names.take('Findings_NotAudited'),
      ['Reason not audited', 'Cases'],
      reasons.map((r) => [r.reason, r.count]),
    );
  }
  const draws = coverage.draws ?? [];
  if (draws.length > 1) {
    b.gap();
    b.table(
      names.take('Findings_Draws'),
      ['Sample', 'Method', 'Population', 'Drawn'],
      draws.map((d) => [d.sample, d.method, d.population, d.drawn]),
    );
  }
}

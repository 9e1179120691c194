import type { Findings } from '../findings/Findings';
import type { ReportSheet } from './ReportSheet';
import { SheetBuilder } from './SheetBuilder';

export const ABOUT_SHEET = 'About this copy';

/** The board copy's first sheet: what it is, what was taken out and how small numbers were hidden. */
export function aboutThisCopySheet(findings: Findings, refreshedAt: string): ReportSheet {
  const b = new SheetBuilder(ABOUT_SHEET);
  const { title, version } = findings.form;
  b.line(['About this copy'], 'title');
  b.line([
    `Findings of ${title || 'the case audit'}${version === '' ? '' : ` (version ${version})`}, refreshed ${refreshedAt}, prepared for the improvement board.`,
  ]);
  b.gap();
  b.line(['What was removed'], 'heading');
  b.line([
    'The case rows (Audit sheet), the Escalations sheet and the Data quality sheet are not in this copy.',
  ]);
  b.line([
    'No case identifiers, auditor names or free-text answers appear anywhere in it: only the findings tables and charts, worked out from the agreed questions.',
  ]);
  b.line(['Escalations are counted by status only; their reasons and responses are not included.']);
  b.gap();
  b.line(['Small numbers'], 'heading');
  const threshold = findings.settings.suppressionThreshold;
  if (threshold === null) {
    b.line(
      [
        'Small numbers were NOT suppressed in these findings. Do not share this copy: prepare it again with suppression on.',
      ],
      'warning',
    );
  } else {
    b.line([
      `Counts from 1 to ${threshold} are shown as c (the suppression_threshold setting). Zero is shown: it identifies no child.`,
    ]);
    b.line([
      'Any other count that would let a hidden one be worked out by adding or subtracting is shown as c too, and a percentage is shown only when its count and its denominator are.',
    ]);
  }
  b.line([
    `Percentages are rounded half up${findings.settings.decimals > 0 ? ` to ${findings.settings.decimals} decimal places` : ' to whole numbers'}, so a table's percentages need not add to 100.`,
  ]);
  return b.build([120]);
}

import type { Count, Findings } from '../core/findings/Findings';
import { formatPercent } from '../core/findings/percent';
import type { SheetIssue } from '../core/sheets/SheetData';
import { qualifiedAddress } from '../excel/qualifiedAddress';
import { issueLine } from './WorkbookProblem';

/** How many data-quality issues the text report lists; --json and --out give them all. */
export const ISSUES_SHOWN = 10;

/**
 * The findings as a person reads them in a terminal: heading, indicator sentences, a table per question,
 * then the data-quality issues. Only published figures are printed (`n`, which is 'c' when suppressed), never
 * the size of a figure's case set.
 */
export function textReport(findings: Findings, warnings: readonly SheetIssue[]): string {
  const { form, cases, settings } = findings;
  const pct = (c: Count): string => (c.percent === null ? '' : formatPercent(c.percent, settings.decimals));
  const lines: string[] = [];
  lines.push(`${form.title}${form.version === '' ? '' : ` (version ${form.version})`}`);
  const statuses = Object.entries(cases.byStatus).map(([s, n]) => `${s} ${n}`);
  lines.push(
    `${cases.included} of ${cases.rows} case${cases.rows === 1 ? '' : 's'} included` +
      (statuses.length > 0 ? ` (${statuses.join(', ')})` : ''),
  );
  if (statuses.length > 0)
    lines.push(
      settings.includeInProgress
        ? 'Complete and In progress cases are counted.'
        : 'Only Complete cases are counted (--include-in-progress counts In progress ones too).',
    );
  if (findings.indicators.length > 0) {
    lines.push('', 'Indicators');
    for (const i of findings.indicators) lines.push(`  ${i.sentence}`);
  }
  if (findings.questions.length > 0) lines.push('', 'Questions');
  for (const q of findings.questions) {
    lines.push('', `  ${q.label || q.name} [${q.name}]`);
    lines.push(
      `    ${q.applicable.n} applicable, ${q.answered.n} answered, ${q.notApplicable.n} not applicable, ${q.missing.n} missing`,
    );
    const width = Math.max(0, ...q.choices.map((c) => c.label.length));
    for (const c of q.choices)
      lines.push(
        `      ${c.label.padEnd(width)}  ${String(c.count.n).padStart(5)}  ${pct(c.count).padStart(6)}`.trimEnd(),
      );
  }
  const issues = findings.issues;
  lines.push(
    '',
    `Data quality: ${issues.length === 0 ? 'no issues' : `${issues.length} issue${issues.length === 1 ? '' : 's'}`}`,
  );
  for (const i of issues.slice(0, ISSUES_SHOWN)) {
    const where = i.cell === '' ? i.sheet : qualifiedAddress(i.sheet, i.cell);
    lines.push(`  ${where}  case ${i.caseId}, ${i.question}: ${i.message}`);
  }
  if (issues.length > ISSUES_SHOWN)
    lines.push(`  ...and ${issues.length - ISSUES_SHOWN} more: --json or --out lists every one.`);
  const notes = [...findings.warnings, ...warnings];
  if (notes.length > 0) {
    lines.push('', 'Warnings');
    for (const w of notes) lines.push(`  ${issueLine(w)}`);
  }
  return `${lines.join('\n')}\n`;
}

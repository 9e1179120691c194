import type { Count, Findings } from './Findings';

/** The ids behind a count, for drill-down: `caseIdsOf(findings, question.choices[0].count)`. */
export function caseIdsOf(findings: Findings, count: Count): string[] {
  return count.cases.indexes().map((i) => findings.cases.ids[i] ?? '');
}

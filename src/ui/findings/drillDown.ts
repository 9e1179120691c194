import { caseIdsOf } from '../../core/findings/caseIdsOf';
import type { Count, Findings, IndicatorFinding, QuestionFinding } from '../../core/findings/Findings';

/** A set of cases behind a figure, under a heading that says what they have in common. */
export interface CaseGroup {
  readonly label: string;
  readonly ids: readonly string[];
}

/** What choosing a figure shows: the cases behind it, possibly split (counted / not counted). */
export interface DrillDown {
  readonly title: string;
  readonly groups: readonly CaseGroup[];
}

const cases = (n: number) => `${n} ${n === 1 ? 'case' : 'cases'}`;

/**
 * An indicator's cases: those counted, and those in its denominator that were not. The second list is the
 * one a manager acts on (the re-referrals that did not come within 0-3 months). Sizes are the true counts
 * even where the published figure is 'c': drill-down stays inside the workbook.
 */
export function indicatorDrillDown(findings: Findings, indicator: IndicatorFinding): DrillDown {
  const counted = indicator.numerator.cases;
  const notCounted = indicator.denominator.cases
    .indexes()
    .filter((i) => !counted.has(i))
    .map((i) => findings.cases.ids[i] ?? '');
  const of = indicator.denominator.cases.size;
  return {
    title: indicator.label,
    groups: [
      { label: `Counted: ${cases(counted.size)} of ${of}`, ids: caseIdsOf(findings, indicator.numerator) },
      { label: `Not counted: ${cases(notCounted.length)} of ${of}`, ids: notCounted },
    ],
  };
}

/** The cases behind one row of a question's frequency table (a choice, or missing). */
export function countDrillDown(
  findings: Findings,
  question: QuestionFinding,
  rowLabel: string,
  count: Count,
): DrillDown {
  return {
    title: `${question.label}: ${rowLabel}`,
    groups: [{ label: cases(count.cases.size), ids: caseIdsOf(findings, count) }],
  };
}

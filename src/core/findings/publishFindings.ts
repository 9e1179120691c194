import type { CaseSet } from './CaseSet';
import type { Count, FindingsSettings, IndicatorFinding, QuestionFinding } from './Findings';
import { indicatorSentence } from './indicatorSentence';
import { percent } from './percent';
import { cell, suppress, type SuppressionCell, type SuppressionGroup } from './suppression';
import type { IndicatorTally } from './IndicatorConditions';
import type { QuestionTally } from './tallies';

/**
 * Turns raw tallies into published figures. Every count is registered with what it is a percentage of and
 * which sums it takes part in; suppression then runs over the whole set at once, because a figure hidden in
 * one table must not be recoverable from another.
 */
export class Publisher {
  private readonly cells: SuppressionCell[] = [];
  private readonly groups: SuppressionGroup[] = [];
  private readonly pending: { cell: SuppressionCell; of: SuppressionCell | null; cases: CaseSet }[] = [];

  constructor(private readonly settings: FindingsSettings) {}

  register(cases: CaseSet, of: SuppressionCell | null): SuppressionCell {
    const c = cell(cases.size);
    this.cells.push(c);
    this.pending.push({ cell: c, of, cases });
    return c;
  }

  /** A figure never printed but implied by a sum, e.g. the cases outside a numerator. */
  implied(value: number): SuppressionCell {
    const c = cell(value, false);
    this.cells.push(c);
    return c;
  }

  group(total: SuppressionCell, parts: readonly SuppressionCell[]): void {
    this.groups.push({ total, parts });
  }

  /** Run suppression; afterwards `count` turns any registered cell into its published Count. */
  finish(): (c: SuppressionCell) => Count {
    const threshold = this.settings.suppressionThreshold;
    if (threshold !== null) suppress(this.cells, this.groups, threshold);
    const byCell = new Map(this.pending.map((p) => [p.cell, p]));
    return (c) => {
      const p = byCell.get(c)!;
      const shown = (x: SuppressionCell): boolean => !x.hidden;
      const pct =
        p.of !== null && shown(c) && shown(p.of)
          ? percent(c.value, p.of.value, this.settings.decimals)
          : null;
      return { n: c.hidden ? 'c' : c.value, percent: pct, cases: p.cases };
    };
  }
}

export function publishFindings(
  included: CaseSet,
  questions: readonly QuestionTally[],
  indicators: readonly IndicatorTally[],
  settings: FindingsSettings,
): { included: Count; questions: QuestionFinding[]; indicators: IndicatorFinding[] } {
  const pub = new Publisher(settings);
  const all = pub.register(included, null);
  const q = questions.map((t) => {
    const applicable = pub.register(t.applicable, all);
    const notApplicable = pub.register(t.notApplicable, all);
    const answered = pub.register(t.answered, applicable);
    const missing = pub.register(t.missing, applicable);
    const choices = t.choices.map((c) => pub.register(c, answered));
    pub.group(all, [applicable, notApplicable]);
    pub.group(applicable, [answered, missing]);
    if (t.question.type === 'select_one') pub.group(answered, choices);
    else for (const c of choices) pub.group(answered, [c, pub.implied(answered.value - c.value)]);
    return { t, applicable, notApplicable, answered, missing, choices };
  });
  const ind = indicators.map((t) => {
    const denominator = pub.register(t.denominator, all);
    const numerator = pub.register(t.numerator, denominator);
    pub.group(denominator, [numerator, pub.implied(denominator.value - numerator.value)]);
    pub.group(all, [denominator, pub.implied(all.value - denominator.value)]);
    return { t, numerator, denominator };
  });
  const count = pub.finish();
  return {
    included: count(all),
    questions: q.map(({ t, applicable, notApplicable, answered, missing, choices }) => ({
      name: t.question.name,
      label: t.question.label,
      type: t.question.type,
      chart: t.question.chart,
      applicable: count(applicable),
      answered: count(answered),
      notApplicable: count(notApplicable),
      missing: count(missing),
      choices: t.question.choices.map((c, i) => ({
        name: c.name,
        label: c.label,
        count: count(choices[i]!),
      })),
    })),
    indicators: ind.map(({ t, numerator, denominator }) => {
      const num = count(numerator);
      const den = count(denominator);
      const label = t.indicator.label;
      return {
        name: t.indicator.name,
        label,
        numerator: num,
        denominator: den,
        sentence: indicatorSentence(label, num.n, den.n, num.percent, settings.decimals),
        chart: t.indicator.chart ?? null,
      };
    }),
  };
}

import type { Indicator } from './Indicator';
import { CaseSet } from './CaseSet';
import type { Question } from '../questions/QuestionSet';

/** Raw counts of one select question while cases stream in; turned into published Counts at the end. */
export class QuestionTally {
  readonly applicable = new CaseSet();
  readonly answered = new CaseSet();
  readonly notApplicable = new CaseSet();
  readonly missing = new CaseSet();
  readonly choices: CaseSet[];
  /** Choice name -> position, so that each answer costs one map lookup. */
  private readonly index: Map<string, number>;

  constructor(readonly question: Question) {
    this.choices = question.choices.map(() => new CaseSet());
    this.index = new Map(question.choices.map((c, i) => [c.name, i]));
  }

  /**
   * An answer where the question does not apply is ignored (case evaluation reports it); an answer naming a
   * choice that is not in the list counts as missing, never as some other choice.
   */
  add(i: number, relevant: boolean, answer: unknown, invalid: boolean): void {
    if (!relevant) {
      this.notApplicable.add(i);
      return;
    }
    this.applicable.add(i);
    // The common case, one choice, without allocating: findings run over 100,000 rows.
    const single = !invalid && typeof answer === 'string' ? this.index.get(answer) : undefined;
    if (single !== undefined) {
      this.answered.add(i);
      this.choices[single]!.add(i);
      return;
    }
    const picks = invalid ? null : this.choicePositions(answer);
    if (picks === null) {
      this.missing.add(i);
      return;
    }
    this.answered.add(i);
    for (const p of picks) this.choices[p]!.add(i);
  }

  private choicePositions(answer: unknown): number[] | null {
    if (typeof answer === 'string') {
      const p = this.index.get(answer);
      return p === undefined ? null : [p];
    }
    if (!Array.isArray(answer) || answer.length === 0) return null;
    const out: number[] = [];
    for (const name of answer as readonly unknown[]) {
      const p = typeof name === 'string' ? this.index.get(name) : undefined;
      if (p === undefined) return null;
      if (!out.includes(p)) out.push(p);
    }
    return out;
  }
}

export class IndicatorTally {
  readonly numerator = new CaseSet();
  readonly denominator = new CaseSet();
  constructor(readonly indicator: Indicator) {}
}

import type { Indicator } from './Indicator';
import { CaseSet } from './CaseSet';
import type { Question } from '../questions/QuestionSet';

/** Lists up to this long are scanned rather than looked up. */
const SCANNED = 8;

/** Raw counts of one select question while cases stream in; turned into published Counts at the end. */
export class QuestionTally {
  readonly applicable = new CaseSet();
  readonly answered = new CaseSet();
  readonly notApplicable = new CaseSet();
  readonly missing = new CaseSet();
  readonly choices: CaseSet[];
  /** Choice name -> position (the last of a repeated name), for lists too long to scan. */
  private readonly index: Map<string, number>;
  private readonly names: readonly string[];

  constructor(readonly question: Question) {
    this.choices = question.choices.map(() => new CaseSet());
    this.index = new Map(question.choices.map((c, i) => [c.name, i]));
    this.names = question.choices.map((c) => c.name);
  }

  /**
   * Where a choice name is in the list, or -1. Answers are normally the list's own name strings, so a short
   * list is scanned (from the end, so a repeated name gives the position the index map would) rather than
   * hashed: findings look up one answer per select question per case.
   */
  private position(name: string): number {
    const names = this.names;
    if (names.length > SCANNED) return this.index.get(name) ?? -1;
    for (let p = names.length - 1; p >= 0; p--) if (names[p] === name) return p;
    return -1;
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
    const single = !invalid && typeof answer === 'string' ? this.position(answer) : -1;
    if (single >= 0) {
      this.answered.add(i);
      this.choices[single]!.add(i);
      return;
    }
    // A single name got here only if it is not a choice; a list counts only if every name is one.
    if (invalid || !this.knownChoices(answer)) {
      this.missing.add(i);
      return;
    }
    this.answered.add(i);
    // A choice picked twice adds the case once: CaseSet.add is idempotent. Indexed loops, because answers
    // are frozen arrays, which for-of walks through a slow generic iterator.
    for (let k = 0; k < answer.length; k++) this.choices[this.position(answer[k]!)]!.add(i);
  }

  /** A non-empty list of known choice names: checked before counting, so nothing is allocated. */
  private knownChoices(answer: unknown): answer is readonly string[] {
    if (!Array.isArray(answer) || answer.length === 0) return false;
    const names = answer as readonly unknown[];
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      if (typeof name !== 'string' || this.position(name) < 0) return false;
    }
    return true;
  }
}

export class IndicatorTally {
  readonly numerator = new CaseSet();
  readonly denominator = new CaseSet();
  constructor(readonly indicator: Indicator) {}
}

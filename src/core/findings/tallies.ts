import type { Indicator } from './Indicator';
import { CaseSet } from './CaseSet';
import type { Question } from '../questions/QuestionSet';

/** Lists up to this long are scanned rather than looked up. */
const SCANNED = 8;

/** Raw counts of one select question while cases stream in; turned into published Counts at the end. */
export class QuestionTally {
  readonly answered = new CaseSet();
  readonly notApplicable = new CaseSet();
  readonly missing = new CaseSet();
  readonly choices: CaseSet[];
  /** Choice name -> position (the last of a repeated name), for lists too long to scan. */
  private readonly index: Map<string, number>;
  private readonly names: readonly string[];
  /** Positions of the names in the last list answer (see picks), reused from case to case. */
  private picked = new Int32Array(8);

  constructor(readonly question: Question) {
    this.choices = question.choices.map(() => new CaseSet());
    this.index = new Map(question.choices.map((c, i) => [c.name, i]));
    this.names = question.choices.map((c) => c.name);
  }

  /** Counted cases where the question applied: each is answered or missing, so this is their union. */
  get applicable(): CaseSet {
    return this.answered.union(this.missing);
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
    if (invalid) {
      this.missing.add(i);
      return;
    }
    // The common case, one choice, without allocating: findings run over 100,000 rows.
    if (typeof answer === 'string') {
      const p = this.position(answer);
      if (p < 0) {
        this.missing.add(i);
        return;
      }
      this.answered.add(i);
      this.choices[p]!.add(i);
      return;
    }
    // A list counts only if every name in it is a choice.
    const picks = this.picks(answer);
    if (picks === 0) {
      this.missing.add(i);
      return;
    }
    this.answered.add(i);
    // A choice picked twice adds the case once: CaseSet.add is idempotent.
    for (let k = 0; k < picks; k++) this.choices[this.picked[k]!]!.add(i);
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
   * How many names a list answer holds, each a choice, with their positions in `picked`; 0 for anything else
   * (not a list, empty, or naming something that is not a choice). Indexed loops, because answers are
   * frozen arrays, which for-of walks through a slow generic iterator.
   */
  private picks(answer: unknown): number {
    if (!Array.isArray(answer)) return 0;
    const names = answer as readonly unknown[];
    if (names.length > this.picked.length) this.picked = new Int32Array(names.length);
    for (let k = 0; k < names.length; k++) {
      const name = names[k];
      const p = typeof name === 'string' ? this.position(name) : -1;
      if (p < 0) return 0;
      this.picked[k] = p;
    }
    return names.length;
  }
}

export class IndicatorTally {
  readonly numerator = new CaseSet();
  readonly denominator = new CaseSet();
  constructor(readonly indicator: Indicator) {}
}

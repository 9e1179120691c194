import { AnswerCodes, FIRST_CHOICE, LIST, MISSING, NOT_APPLICABLE } from './AnswerCodes';
import { CaseSet } from './CaseSet';
import { tallySets, type TallyWords } from './tallySets';
import type { Question } from '../questions/QuestionSet';

/** Lists up to this long are scanned rather than looked up. */
const SCANNED = 8;
/** Distinct list answers remembered per question (the codec hands out one frozen array per cell text). */
const LISTS_REMEMBERED = 1024;

/** A question's sets as of some number of cases. */
interface TallySets {
  readonly cases: number;
  readonly notApplicable: CaseSet;
  readonly missing: CaseSet;
  readonly answered: CaseSet;
  readonly applicable: CaseSet;
  readonly choices: readonly CaseSet[];
}

/**
 * Raw counts of one select question while cases stream in; turned into published Counts at the end. Each
 * case leaves one code (AnswerCodes). The sets handed out know their size from the codes' counts, and are
 * filled in from the codes only when someone reads their cases (drill-down, cross-tabs).
 */
export class QuestionTally {
  private readonly codes: AnswerCodes;
  private snapshot: TallySets | null = null;
  /** Choice name -> position (the last of a repeated name), for lists too long to scan. */
  private readonly index: Map<string, number>;
  private readonly names: readonly string[];
  /** Positions of the names in the last list answer (see picks), reused from case to case. */
  private picked = new Int32Array(8);
  /**
   * The choices of each frozen list answer seen, as a mask (lists of up to 32 choices): the codec decodes a
   * cell text once and hands out the same frozen array for every cell with that text, so most list answers
   * are found here by identity instead of by comparing their names with the list's again. 0: not counted.
   */
  private readonly lists = new Map<unknown, number>();

  constructor(readonly question: Question) {
    this.codes = new AnswerCodes(question.choices.length);
    this.index = new Map(question.choices.map((c, i) => [c.name, i]));
    this.names = question.choices.map((c) => c.name);
  }

  get answered(): CaseSet {
    return this.sets().answered;
  }

  get notApplicable(): CaseSet {
    return this.sets().notApplicable;
  }

  get missing(): CaseSet {
    return this.sets().missing;
  }

  /** By position in the question's choice list. */
  get choices(): readonly CaseSet[] {
    return this.sets().choices;
  }

  /** Counted cases where the question applied: each is answered or missing. */
  get applicable(): CaseSet {
    return this.sets().applicable;
  }

  /**
   * Counts case `i` (each case once, at its own position). An answer where the question does not apply is
   * ignored (case evaluation reports it); an answer naming a choice that is not in the list counts as
   * missing, never as some other choice.
   */
  add(i: number, relevant: boolean, answer: unknown, invalid: boolean): void {
    const codes = this.codes;
    if (!relevant) codes.set(i, NOT_APPLICABLE);
    else if (invalid) codes.set(i, MISSING);
    else if (typeof answer === 'string') {
      // The common case, one choice, without allocating: findings run over 100,000 rows.
      const p = this.position(answer);
      codes.set(i, p < 0 ? MISSING : FIRST_CHOICE + p);
    } else if (answer === null) codes.set(i, MISSING);
    else if (codes.stride === 1) {
      const word = this.lists.get(answer) ?? this.listWord(answer);
      if (word === 0) codes.set(i, MISSING);
      else codes.setWord(i, word);
    } else {
      // A list counts only if every name in it is a choice; a choice picked twice counts once.
      const picks = this.picks(answer);
      if (picks === 0) codes.set(i, MISSING);
      else codes.setList(i, this.picked, picks);
    }
  }

  /** A list answer's choices as a mask word (0 when it does not count), remembered if it cannot change. */
  private listWord(answer: unknown): number {
    const picks = this.picks(answer);
    let word = 0;
    for (let k = 0; k < picks; k++) word |= 1 << this.picked[k]!;
    if (Array.isArray(answer) && Object.isFrozen(answer) && this.lists.size < LISTS_REMEMBERED)
      this.lists.set(answer, word);
    return word;
  }

  /** The sets of the cases added so far; cases added later are in the next snapshot, not in these. */
  private sets(): TallySets {
    const codes = this.codes;
    const n = codes.length;
    if (this.snapshot !== null && this.snapshot.cases === n) return this.snapshot;
    const counts = codes.counts;
    const picks = codes.listPicks;
    let answered = counts[LIST]!;
    for (let p = 0; p < codes.choiceCount; p++) answered += counts[FIRST_CHOICE + p]!;
    const missing = counts[MISSING]!;
    let words: TallyWords | null = null;
    const built = (): TallyWords => (words ??= tallySets(codes, n));
    this.snapshot = {
      cases: n,
      notApplicable: CaseSet.deferred(counts[NOT_APPLICABLE]!, () => built().notApplicable),
      missing: CaseSet.deferred(missing, () => built().missing),
      answered: CaseSet.deferred(answered, () => built().answered),
      applicable: CaseSet.deferred(answered + missing, () => built().applicable),
      choices: Array.from({ length: codes.choiceCount }, (_, p) =>
        CaseSet.deferred(counts[FIRST_CHOICE + p]! + picks[p]!, () => built().choices[p]!),
      ),
    };
    return this.snapshot;
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

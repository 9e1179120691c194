import { CHUNK, CHUNK_BITS } from './AnswerCodes';
import { CaseSet, popcount } from './CaseSet';

/** 32-case words per test per chunk. */
const WORDS = CHUNK >>> 5;

/**
 * What each indicator test gave for each case, a bit per test per case (set: held), in fixed chunks of
 * CHUNK cases (never copied as they grow). Within a chunk each test's bits run case after case, as a
 * CaseSet's words do, so the set behind an indicator's figure is its test's words ANDed with its
 * denominator's, 32 cases at a time, instead of a pass over every case per (test, denominator) pair, and
 * instead of two set writes per indicator per case while cases stream in. Bits rather than bytes: 37 tests
 * x 100,000 cases were 3.7 MB of fresh memory a run, and fresh memory is what a findings run pays most for
 * after the work itself (docs/performance.md, round 5).
 */
export class TestResults {
  private readonly chunks: Uint32Array[] = [];
  /** The current case's chunk, the index of its word in each test's run, and its bit in that word. */
  private words: Uint32Array = new Uint32Array(0);
  private word = 0;
  private shift = 0;
  /** Cases 0 .. cases-1 have been started. */
  private cases = 0;
  private readonly made = new Map<string, CaseSet>();

  constructor(private readonly tests: number) {}

  /** Makes case `i` the one put() and bit() are about, with every test unset. Each case is started once. */
  start(i: number): void {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(new Uint32Array(WORDS * this.tests));
    this.words = this.chunks[c]!;
    this.word = (i & (CHUNK - 1)) >>> 5;
    this.shift = i & 31;
    if (i >= this.cases) this.cases = i + 1;
  }

  /** Records `test`'s result for the current case: 1 held, 0 did not. */
  put(test: number, held: number): void {
    this.words[test * WORDS + this.word]! |= held << this.shift;
  }

  /** 1 when `test` held for the current case, else 0. */
  bit(test: number): number {
    return (this.words[test * WORDS + this.word]! >>> this.shift) & 1;
  }

  /** The cases so far where `test` held and so did `gate` (-1 for either: no condition). */
  set(test: number, gate: number): CaseSet {
    const key = `${this.cases}:${test}:${gate}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const n = this.cases;
    const words = new Uint32Array(Math.max(1, Math.ceil(n / 32)));
    let count = 0;
    for (let w = 0; w * 32 < n; w++) {
      const chunk = this.chunks[w >>> (CHUNK_BITS - 5)]!;
      const at = w & (WORDS - 1);
      let x = test < 0 ? -1 : chunk[test * WORDS + at]!;
      if (gate >= 0) x &= chunk[gate * WORDS + at]!;
      // The last word's cases past n were never started: only "no condition" could have set them.
      const left = n - w * 32;
      if (left < 32) x &= (1 << left) - 1;
      words[w] = x;
      count += popcount(x);
    }
    const set = CaseSet.deferred(count, () => words);
    this.made.set(key, set);
    return set;
  }
}

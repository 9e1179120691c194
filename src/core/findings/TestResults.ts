import { CHUNK, CHUNK_BITS } from './AnswerCodes';
import { CaseSet } from './CaseSet';

/**
 * What each indicator test gave for each case, a byte per test per case (1: held), in fixed chunks of CHUNK
 * cases (never copied as they grow). The sets behind the indicators' figures are made from these at the
 * end, one pass per distinct (test, denominator) pair, instead of two set writes per indicator per case.
 */
export class TestResults {
  private readonly chunks: Uint8Array[] = [];
  /** The chunk the last start() pointed into. */
  bytes: Uint8Array = new Uint8Array(0);
  /** Cases 0 .. cases-1 have been started. */
  private cases = 0;
  private readonly made = new Map<string, CaseSet>();

  constructor(private readonly tests: number) {}

  /** Makes room for case `i`'s results; they go at the returned offset in `bytes`, by test number. */
  start(i: number): number {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(new Uint8Array(CHUNK * this.tests));
    this.bytes = this.chunks[c]!;
    if (i >= this.cases) this.cases = i + 1;
    return (i & (CHUNK - 1)) * this.tests;
  }

  /** The cases so far where `test` held and so did `gate` (-1 for either: no condition). */
  set(test: number, gate: number): CaseSet {
    const key = `${this.cases}:${test}:${gate}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const n = this.cases;
    const tests = this.tests;
    const words = new Uint32Array(Math.max(1, Math.ceil(n / 32)));
    let count = 0;
    // Chunk by chunk, so each case costs its two bytes and not a lookup of its chunk.
    for (let c = 0; c * CHUNK < n; c++) {
      const chunk = this.chunks[c]!;
      const first = c * CHUNK;
      const end = Math.min(CHUNK, n - first);
      for (let j = 0, at = 0; j < end; j++, at += tests) {
        if ((test < 0 || chunk[at + test] === 1) && (gate < 0 || chunk[at + gate] === 1)) {
          const i = first + j;
          words[i >>> 5]! |= 1 << (i & 31);
          count++;
        }
      }
    }
    const set = CaseSet.deferred(count, () => words);
    this.made.set(key, set);
    return set;
  }
}

import { CHUNK, CHUNK_BITS } from './AnswerCodes';
import { CaseSet } from './CaseSet';

/**
 * What each indicator test gave for each case, a bit per test per case (set: held), in fixed chunks of
 * CHUNK cases (never copied as they grow). The sets behind the indicators' figures are made from these at
 * the end, one pass per distinct (test, denominator) pair, instead of two set writes per indicator per case.
 * Bits rather than bytes: 37 tests x 100,000 cases were 3.7 MB of fresh memory a run, and fresh memory is
 * what a findings run pays most for after the work itself (docs/performance.md, round 5).
 */
export class TestResults {
  private readonly chunks: Uint8Array[] = [];
  /** Bytes per case. */
  private readonly width: number;
  /** The chunk the last start() pointed into. */
  private bytes: Uint8Array = new Uint8Array(0);
  /** Cases 0 .. cases-1 have been started. */
  private cases = 0;
  private readonly made = new Map<string, CaseSet>();

  constructor(tests: number) {
    this.width = Math.max(1, Math.ceil(tests / 8));
  }

  /**
   * Makes room for case `i`'s results, all unset, and returns where they start for put() and bit().
   * Each case is started once, in order.
   */
  start(i: number): number {
    const c = i >>> CHUNK_BITS;
    while (this.chunks.length <= c) this.chunks.push(new Uint8Array(CHUNK * this.width));
    this.bytes = this.chunks[c]!;
    if (i >= this.cases) this.cases = i + 1;
    return (i & (CHUNK - 1)) * this.width;
  }

  /** Records `test`'s result (1: held, 0: did not) for the case whose results start at `at` (start()). */
  put(at: number, test: number, held: number): void {
    this.bytes[at + (test >> 3)]! |= held << (test & 7);
  }

  /** 1 when `test` held for the case whose results start at `at`, else 0. */
  bit(at: number, test: number): number {
    return (this.bytes[at + (test >> 3)]! >>> (test & 7)) & 1;
  }

  /** The cases so far where `test` held and so did `gate` (-1 for either: no condition). */
  set(test: number, gate: number): CaseSet {
    const key = `${this.cases}:${test}:${gate}`;
    const known = this.made.get(key);
    if (known !== undefined) return known;
    const n = this.cases;
    const width = this.width;
    // A test of -1 always holds: its byte offset 0 with an all-ones mask never fails.
    const testAt = test < 0 ? 0 : test >> 3;
    const testBit = test < 0 ? 0 : 1 << (test & 7);
    const gateAt = gate < 0 ? 0 : gate >> 3;
    const gateBit = gate < 0 ? 0 : 1 << (gate & 7);
    const words = new Uint32Array(Math.max(1, Math.ceil(n / 32)));
    let count = 0;
    // Chunk by chunk, so each case costs its two reads and not a lookup of its chunk.
    for (let c = 0; c * CHUNK < n; c++) {
      const chunk = this.chunks[c]!;
      const first = c * CHUNK;
      const end = Math.min(CHUNK, n - first);
      for (let j = 0, at = 0; j < end; j++, at += width) {
        if ((chunk[at + testAt]! & testBit) === testBit && (chunk[at + gateAt]! & gateBit) === gateBit) {
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

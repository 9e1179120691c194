/** Codes of `AnswerCodes`: what the case gave for one select question. */
export const NOT_COUNTED = 0;
export const NOT_APPLICABLE = 1;
export const MISSING = 2;
/** A list answer: its choices are the case's bits in `maskChunks`. */
export const LIST = 3;
/** One choice: FIRST_CHOICE + its position in the list. */
export const FIRST_CHOICE = 4;

type Column = Uint8Array | Uint16Array | Uint32Array;

/** Cases per chunk (a multiple of 32, so a chunk holds whole words of a CaseSet). */
export const CHUNK_BITS = 12;
export const CHUNK = 1 << CHUNK_BITS;

/**
 * One small number per case for one select question, written while cases stream in, with how many cases
 * gave each code: figures need only those counts, and the case sets behind them are built from the codes
 * (`tallySets`) only for a question someone drills into or cross-tabulates. Setting a code is one store
 * and one increment, where keeping every set up to date cost two or three bitset writes. A byte per case
 * while the list has at most 252 choices (60 questions x 100,000 cases: 6 MB); list answers also keep a
 * bit per choice per case (`stride` words of up to 32 choices each). Positions never written read as
 * NOT_COUNTED. Held in fixed chunks of CHUNK cases: grown by doubling, the copies left ~20 MB of array
 * buffers behind at 100,000 cases, and that external memory set off a full collection mid-run.
 */
export class AnswerCodes {
  /** Positions 0 .. length-1 may have been written. */
  length = 0;
  /** Codes of cases CHUNK * c .. CHUNK * (c + 1) - 1 in chunk c. */
  readonly codeChunks: Column[] = [];
  /**
   * Masks of chunk c's cases, `stride` words each; null until the chunk has a list answer. A word is as
   * wide as the list needs (8, 16 or 32 choices): lists are short, and 32-bit words for a list of 6 were
   * three quarters zeros, ~3.6 MB of fresh memory at 100,000 cases and 12 list questions.
   */
  readonly maskChunks: (Column | null)[] = [];
  readonly stride: number;
  /** How many cases have each code. */
  readonly counts: Int32Array;
  /** How many list answers picked each choice, beyond those counted in `wordCounts`. */
  private readonly picked: Int32Array;
  /**
   * Lists of up to 8 choices: how many list answers had each mask. One increment per answer, where
   * counting its choices one by one was a loop as long as the answer, whose exit the CPU mispredicts on
   * random answers; the choices' counts come out of these at the end (listPicks).
   */
  private readonly wordCounts: Int32Array | null;

  constructor(readonly choiceCount: number) {
    this.stride = Math.max(1, Math.ceil(choiceCount / 32));
    this.counts = new Int32Array(FIRST_CHOICE + choiceCount);
    this.picked = new Int32Array(choiceCount);
    this.wordCounts = choiceCount <= 8 ? new Int32Array(1 << choiceCount) : null;
  }

  /** How many list answers so far picked each choice (a choice named twice in one answer counts once). */
  get listPicks(): Int32Array {
    const picks = this.picked.slice();
    const words = this.wordCounts;
    if (words !== null)
      for (let word = 1; word < words.length; word++)
        for (let p = 0; p < this.choiceCount; p++) if ((word >>> p) & 1) picks[p]! += words[word]!;
    return picks;
  }

  /** Records case `i`'s code; each position is written once. */
  set(i: number, code: number): void {
    const chunk = this.codeChunks[i >>> CHUNK_BITS] ?? this.addChunks(i >>> CHUNK_BITS);
    chunk[i & (CHUNK - 1)] = code;
    this.counts[code]!++;
    if (i >= this.length) this.length = i + 1;
  }

  /** Records a list answer of case `i`: the choices at `positions[0 .. count-1]`. */
  setList(i: number, positions: Int32Array, count: number): void {
    const stride = this.stride;
    if (stride === 1) {
      // Lists of up to 32 choices, nearly all: one word, built in a local (TypedArray.fill is a builtin
      // call, which cost more than the rest of the case together).
      let word = 0;
      for (let k = 0; k < count; k++) word |= 1 << (positions[k]! & 31);
      this.setWord(i, word);
      return;
    }
    this.set(i, LIST);
    const c = i >>> CHUNK_BITS;
    const masks = this.maskChunks[c] ?? (this.maskChunks[c] = this.newMasks());
    const at = (i & (CHUNK - 1)) * stride;
    for (let s = 0; s < stride; s++) masks[at + s] = 0;
    for (let k = 0; k < count; k++) {
      const p = positions[k]!;
      masks[at + (p >>> 5)]! |= 1 << (p & 31);
    }
    for (let s = 0; s < stride; s++) this.countPicks(masks[at + s]!, s * 32);
  }

  /** Records a list answer of case `i` in a list of at most 32 choices: bit p of `word` is choice p. */
  setWord(i: number, word: number): void {
    this.set(i, LIST);
    const c = i >>> CHUNK_BITS;
    const masks = this.maskChunks[c] ?? (this.maskChunks[c] = this.newMasks());
    masks[i & (CHUNK - 1)] = word;
    if (this.wordCounts !== null) this.wordCounts[word]!++;
    else this.countPicks(word, 0);
  }

  /** Counts each choice in a mask word once, however often the answer named it. */
  private countPicks(word: number, first: number): void {
    for (let left = word; left !== 0; left &= left - 1) this.picked[first + 31 - Math.clz32(left & -left)]!++;
  }

  private newMasks(): Column {
    const n = this.choiceCount;
    return n <= 8
      ? new Uint8Array(CHUNK)
      : n <= 16
        ? new Uint16Array(CHUNK)
        : new Uint32Array(CHUNK * this.stride);
  }

  private addChunks(c: number): Column {
    // The narrowest array that holds every code of this list.
    const largest = this.choiceCount + FIRST_CHOICE - 1;
    while (this.codeChunks.length <= c) {
      this.codeChunks.push(
        largest <= 0xff
          ? new Uint8Array(CHUNK)
          : largest <= 0xffff
            ? new Uint16Array(CHUNK)
            : new Uint32Array(CHUNK),
      );
      this.maskChunks.push(null);
    }
    return this.codeChunks[c]!;
  }
}

/** Codes of `AnswerCodes`: what the case gave for one select question. */
export const NOT_COUNTED = 0;
export const NOT_APPLICABLE = 1;
export const MISSING = 2;
/** A list answer: its choices are the case's bits in `masks`. */
export const LIST = 3;
/** One choice: FIRST_CHOICE + its position in the list. */
export const FIRST_CHOICE = 4;

type Column = Uint8Array | Uint16Array | Uint32Array;

/**
 * One small number per case for one select question, written while cases stream in; the case sets behind
 * its counts are built from them once, at the end (`tallySets`). Setting a code is one store, where
 * keeping the sets up to date cost two or three bitset writes per question per case. A byte per case
 * while the list has at most 252 choices (60 questions x 100,000 cases: 6 MB); list answers also keep a
 * bit per choice per case, in words of 32 choices. Positions never written read as NOT_COUNTED.
 */
export class AnswerCodes {
  /** Positions 0 .. length-1 may have been written. */
  length = 0;
  codes: Column;
  /** `stride` words per case, allocated at the first list answer. */
  masks: Uint32Array | null = null;
  readonly stride: number;

  constructor(readonly choiceCount: number) {
    this.codes = column(choiceCount + FIRST_CHOICE - 1, 1024);
    this.stride = Math.max(1, Math.ceil(choiceCount / 32));
  }

  set(i: number, code: number): void {
    if (i >= this.codes.length) this.grow(i);
    this.codes[i] = code;
    if (i >= this.length) this.length = i + 1;
  }

  /** Records a list answer of case `i`: the choices at `positions[0 .. count-1]`. */
  setList(i: number, positions: Int32Array, count: number): void {
    this.set(i, LIST);
    const stride = this.stride;
    let masks = this.masks;
    if (masks === null || (i + 1) * stride > masks.length) masks = this.growMasks(i);
    const at = i * stride;
    masks.fill(0, at, at + stride);
    for (let k = 0; k < count; k++) {
      const p = positions[k]!;
      masks[at + (p >>> 5)]! |= 1 << (p & 31);
    }
  }

  private grow(i: number): void {
    const next = column(this.choiceCount + FIRST_CHOICE - 1, Math.max(i + 1, this.codes.length * 2));
    next.set(this.codes);
    this.codes = next;
  }

  private growMasks(i: number): Uint32Array {
    const old = this.masks;
    const cases = Math.max(i + 1, this.codes.length, old === null ? 0 : (old.length / this.stride) * 2);
    const next = new Uint32Array(cases * this.stride);
    if (old !== null) next.set(old);
    this.masks = next;
    return next;
  }
}

/** The narrowest array that holds codes up to `largest`. */
function column(largest: number, capacity: number): Column {
  if (largest <= 0xff) return new Uint8Array(capacity);
  if (largest <= 0xffff) return new Uint16Array(capacity);
  return new Uint32Array(capacity);
}

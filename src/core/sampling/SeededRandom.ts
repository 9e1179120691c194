import { cyrb128 } from './cyrb128';

const TWO_POW_32 = 4294967296;

/**
 * A reproducible random stream: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit
 * variant) seeded with cyrb128(seed). Only 32-bit integer steps (`| 0`, `>>> 0`, shifts, xor), so every
 * JavaScript engine, and any language with 32-bit unsigned arithmetic, gives the same numbers.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
  }

  /** The next output as an unsigned 32-bit integer. */
  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /**
   * A whole number in [0, n), every value equally likely. `x % n` alone would favour small values when
   * n does not divide 2^32, so outputs at or above the largest multiple of n are thrown away and redrawn.
   */
  below(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32)
      throw new RangeError(`below(n) needs a whole n from 1 to 2^32, not ${n}`);
    const limit = TWO_POW_32 - (TWO_POW_32 % n);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % n;
    }
  }
}

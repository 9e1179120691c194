/** The words of a deferred set until it is filled in: empty, so that an add goes through grow(). */
const DEFERRED = new Uint32Array(0);
/** How each deferred set makes its words; kept off the set, so that sets still compare by their cases. */
const pending = new WeakMap<CaseSet, () => Uint32Array>();

/**
 * The cases behind one count, as a growable bitset over case positions (0-based, in the order cases were
 * given). A bit per case keeps drill-down affordable at 100,000 cases: every count of every question holds
 * its cases, and a list of ids per count would cost more memory than the cases themselves.
 */
export class CaseSet {
  private words: Uint32Array;
  private count = 0;

  constructor(capacity = 64) {
    this.words = new Uint32Array(Math.max(1, Math.ceil(capacity / 32)));
  }

  /**
   * A set of `size` cases whose words `build` makes when they are first needed (bit b of word w: case
   * 32w + b): a findings run publishes every count, but only drill-down and cross-tabs read the cases.
   */
  static deferred(size: number, build: () => Uint32Array): CaseSet {
    const set = new CaseSet(32);
    set.count = size;
    set.words = DEFERRED;
    pending.set(set, build);
    return set;
  }

  /** Cases 0 .. n-1: every case a findings run counted, built only if someone reads its cases. */
  static first(n: number): CaseSet {
    return CaseSet.deferred(n, () => {
      const words = new Uint32Array(Math.max(1, Math.ceil(n / 32))).fill(0xffffffff);
      if (n % 32 !== 0) words[words.length - 1] = (1 << (n % 32)) - 1;
      if (n === 0) words[0] = 0;
      return words;
    });
  }

  /** How many cases are in the set. */
  get size(): number {
    return this.count;
  }

  add(index: number): void {
    const w = index >>> 5;
    if (w >= this.words.length) this.grow(w + 1);
    const bit = 1 << (index & 31);
    const word = this.words[w]!;
    if ((word & bit) === 0) {
      this.words[w] = word | bit;
      this.count++;
    }
  }

  has(index: number): boolean {
    const words = this.words === DEFERRED ? this.ready() : this.words;
    const w = index >>> 5;
    return w < words.length && (words[w]! & (1 << (index & 31))) !== 0;
  }

  /** Positions in ascending order. */
  indexes(): number[] {
    if (this.words === DEFERRED) this.ready();
    const out: number[] = [];
    for (let w = 0; w < this.words.length; w++) {
      let word = this.words[w]!;
      while (word !== 0) {
        const low = word & -word;
        out.push(w * 32 + 31 - Math.clz32(low));
        word ^= low;
      }
    }
    return out;
  }

  /** The cases in both sets (for cross-tabulation). */
  intersect(other: CaseSet): CaseSet {
    if (this.words === DEFERRED) this.ready();
    if (other.words === DEFERRED) other.ready();
    const n = Math.min(this.words.length, other.words.length);
    const out = new CaseSet(n * 32);
    let count = 0;
    for (let w = 0; w < n; w++) {
      const word = this.words[w]! & other.words[w]!;
      out.words[w] = word;
      count += popcount(word);
    }
    out.count = count;
    return out;
  }

  /** The cases in either set. */
  union(other: CaseSet): CaseSet {
    if (this.words === DEFERRED) this.ready();
    if (other.words === DEFERRED) other.ready();
    const [long, short] = this.words.length >= other.words.length ? [this, other] : [other, this];
    const out = new CaseSet(long.words.length * 32);
    out.words.set(long.words);
    for (let w = 0; w < short.words.length; w++) out.words[w]! |= short.words[w]!;
    out.count = out.words.reduce((n, word) => n + popcount(word), 0);
    return out;
  }

  private ready(): Uint32Array {
    const build = pending.get(this);
    if (build !== undefined) {
      pending.delete(this);
      const words = build();
      this.words = words.length > 0 ? words : new Uint32Array(1);
    }
    return this.words;
  }

  /** Also where an add to a deferred set lands (its words are empty): it is filled in first. */
  private grow(minWords: number): void {
    if (this.words === DEFERRED) this.ready();
    const next = new Uint32Array(Math.max(minWords, this.words.length * 2));
    next.set(this.words);
    this.words = next;
  }
}

/** How many bits of a 32-bit word are set. */
export function popcount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

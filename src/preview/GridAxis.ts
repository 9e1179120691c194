/**
 * Positions along one axis of the grid (rows or columns) whose sizes differ, as Excel's do. Prefix sums make
 * "where does row i start" and "which row is at this pixel" cheap for a sheet of 100,000 rows.
 */
export class GridAxis {
  private readonly starts: Float64Array;

  constructor(private readonly sizes: readonly number[]) {
    this.starts = new Float64Array(sizes.length + 1);
    sizes.forEach((size, i) => (this.starts[i + 1] = this.starts[i]! + size));
  }

  get count(): number {
    return this.sizes.length;
  }

  /** Total length in px. */
  get total(): number {
    return this.starts[this.sizes.length]!;
  }

  size(i: number): number {
    return this.sizes[i] ?? 0;
  }

  /** Offset of item i's leading edge; i === count gives the total. */
  start(i: number): number {
    return this.starts[Math.max(0, Math.min(i, this.sizes.length))]!;
  }

  /** The item covering offset px (clamped to the first and last item). */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.sizes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return Math.max(0, lo);
  }
}

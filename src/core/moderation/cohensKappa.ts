/** Cohen's kappa, or null with the reason it cannot be given. */
export interface Kappa {
  readonly value: number | null;
  /** '' when there is a value. */
  readonly reason: string;
  /** Observed agreement po, 0..1 (0 when nothing was compared). */
  readonly observed: number;
  /** Agreement expected by chance pe = Σ p1(k)·p2(k), 0..1. */
  readonly expected: number;
}

/**
 * κ = (po − pe) / (1 − pe) over paired category labels. Done on counts, κ = (n·a − Σ f1k·f2k) /
 * (n² − Σ f1k·f2k), so pe = 1 is caught exactly rather than as a division by a rounding error.
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): Kappa {
  const n = pairs.length;
  if (n === 0) return { value: null, reason: 'No case had an answer to compare.', observed: 0, expected: 0 };
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    first.set(a, (first.get(a) ?? 0) + 1);
    second.set(b, (second.get(b) ?? 0) + 1);
  }
  let chance = 0;
  for (const [category, f1] of first) chance += f1 * (second.get(category) ?? 0);
  const observed = agreed / n;
  const expected = chance / (n * n);
  if (chance === n * n)
    return {
      value: null,
      reason: `Both gave the same single answer in all ${n} cases, so chance agreement is 100% and kappa is undefined; agreement is 100%.`,
      observed,
      expected,
    };
  return { value: (n * agreed - chance) / (n * n - chance), reason: '', observed, expected };
}

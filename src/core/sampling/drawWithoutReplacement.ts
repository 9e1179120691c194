import type { SeededRandom } from './SeededRandom';

/**
 * The first `count` steps of a Fisher–Yates shuffle: step i swaps position i with i + below(n − i).
 * Every subset, and every order of it, is equally likely; the drawn items come back in draw order.
 * The input is not changed.
 */
export function drawWithoutReplacement<T>(items: readonly T[], count: number, random: SeededRandom): T[] {
  const pool = items.slice();
  const n = pool.length;
  for (let i = 0; i < count && i < n; i++) {
    const j = i + random.below(n - i);
    const picked = pool[j]!;
    pool[j] = pool[i]!;
    pool[i] = picked;
  }
  return pool.slice(0, Math.min(count, n));
}

import { drawWithoutReplacement } from '../sampling/drawWithoutReplacement';
import { SeededRandom } from '../sampling/SeededRandom';

/**
 * The order in which equally loaded auditors are offered the next unit: the list's order, or with a seed
 * a full Fisher–Yates shuffle of the list by SeededRandom(seed), so the first-listed auditor does not
 * always get the extra case.
 */
export function auditorOrder(auditors: readonly string[], seed: string | undefined): string[] {
  if (seed === undefined) return auditors.slice();
  return drawWithoutReplacement(auditors, auditors.length, new SeededRandom(seed));
}

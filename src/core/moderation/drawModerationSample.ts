import { caseKey, sortCaseIds } from '../sampling/caseKey';
import { drawWithoutReplacement } from '../sampling/drawWithoutReplacement';
import type { Problem } from '../sampling/Problem';
import { SAMPLE_ALGORITHM } from '../sampling/SampleResult';
import { SeededRandom } from '../sampling/SeededRandom';

export type ModerationSample =
  | {
      readonly kind: 'drawn';
      readonly seed: string;
      readonly algorithm: typeof SAMPLE_ALGORITHM;
      readonly share: number;
      /** How many completed cases there were to draw from. */
      readonly population: number;
      /** Case IDs to re-audit, in draw order. */
      readonly caseIds: readonly string[];
    }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

const MILLION = 1_000_000;

/**
 * How many to moderate: share × completed rounded UP (moderating a little more than asked, never less),
 * and at least one when anything is complete. The share is taken to six decimal places and the product
 * done in whole numbers, because 0.1 × 30 in floating point is 3.0000000000000004 and would round up to 4.
 */
export function moderationSize(completed: number, share: number): number {
  if (completed === 0) return 0;
  const millionths = Math.round(share * MILLION);
  return Math.max(1, Math.floor((completed * millionths + MILLION - 1) / MILLION));
}

/** Draws the cases a moderator re-audits, the same way as the sample (sorted IDs, partial Fisher–Yates). */
export function drawModerationSample(
  completedCaseIds: readonly string[],
  share: number,
  seed: string,
): ModerationSample {
  const problems: Problem[] = [];
  if (!Number.isFinite(share) || share <= 0 || share > 1)
    problems.push({
      message: `The share to moderate must be more than 0 and at most 1 (e.g. 0.1 for 10%), not ${share}.`,
    });
  if (seed.trim() === '')
    problems.push({
      message: 'Enter a seed for the moderation sample: the same seed draws the same cases again.',
    });
  const seen = new Set<string>();
  for (const id of completedCaseIds) {
    const key = caseKey(id);
    if (key === '') problems.push({ message: 'A completed case has no Case ID: fill in its Case ID first.' });
    else if (seen.has(key))
      problems.push({
        message: `Case ${id} is listed twice among the completed cases: each case has one row.`,
      });
    seen.add(key);
  }
  if (completedCaseIds.length === 0)
    problems.push({ message: 'No case is complete yet: there is nothing to moderate.' });
  if (problems.length > 0) return { kind: 'refused', problems };
  const sorted = sortCaseIds(completedCaseIds);
  const size = moderationSize(sorted.length, share);
  return {
    kind: 'drawn',
    seed,
    algorithm: SAMPLE_ALGORITHM,
    share,
    population: sorted.length,
    caseIds: drawWithoutReplacement(sorted, size, new SeededRandom(seed)),
  };
}

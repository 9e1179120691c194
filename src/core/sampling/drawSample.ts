import { caseKey } from './caseKey';
import type { CaseListRow } from './CaseListRow';
import { drawWithoutReplacement } from './drawWithoutReplacement';
import { duplicateIdIssues } from './duplicateIdIssues';
import { planSampleGroups, type PlannedGroup } from './planSampleGroups';
import type { Problem } from './Problem';
import { SAMPLE_ALGORITHM, type SampleGroup, type SampleRequest, type SampleResult } from './SampleResult';
import { SeededRandom } from './SeededRandom';

export interface DrawSampleOptions {
  /** The clock, injected so a draw's record is reproducible in tests. */
  readonly now: Date;
  readonly drawnBy?: string;
  /** Case IDs already in the Audit sheet (compared as caseKey). */
  readonly alreadyInAudit?: ReadonlySet<string>;
}

function describe(request: SampleRequest, groups: readonly PlannedGroup[], population: number): string {
  if (request.kind === 'total') return `${request.size} of ${population} cases at random`;
  const parts = groups.map((g) => `${g.size} of ${g.ids.length} "${g.value}"`);
  return `${parts.join(', ')} at random within each value of ${request.column}`;
}

/**
 * Draws a sample the same way on every machine: one SeededRandom(seed) stream, groups in planned order,
 * each drawn by partial Fisher–Yates from its Case IDs sorted. The whole population is always the frame,
 * so re-drawing with the same seed gives the same cases; drawn cases already in the audit are reported,
 * not added again (they are part of the sample, and are not replaced by others).
 */
export function drawSample(
  cases: readonly CaseListRow[],
  request: SampleRequest,
  seed: string,
  options: DrawSampleOptions,
): SampleResult {
  const problems: Problem[] = [...duplicateIdIssues(cases)];
  if (seed.trim() === '')
    problems.push({
      message:
        'Enter a seed (any word or number, e.g. the audit name and date): the same seed draws the same sample again.',
    });
  const planned = planSampleGroups(cases, request, problems);
  if (problems.length > 0) return { kind: 'refused', problems };
  const random = new SeededRandom(seed);
  const groups: SampleGroup[] = planned.map((g) => ({
    value: g.value,
    population: g.ids.length,
    size: g.size,
    caseIds: drawWithoutReplacement(g.ids, g.size, random),
  }));
  const caseIds = groups.flatMap((g) => g.caseIds);
  const present = new Set([...(options.alreadyInAudit ?? [])].map(caseKey));
  return {
    kind: 'drawn',
    seed,
    algorithm: SAMPLE_ALGORITHM,
    request,
    method: describe(request, planned, cases.length),
    population: cases.length,
    groups: request.kind === 'total' ? [] : groups,
    drawnAt: options.now.toISOString(),
    drawnBy: options.drawnBy ?? '',
    caseIds,
    newCaseIds: caseIds.filter((id) => !present.has(caseKey(id))),
    alreadyInAudit: caseIds.filter((id) => present.has(caseKey(id))),
  };
}

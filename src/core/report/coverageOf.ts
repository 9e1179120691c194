import { caseKey } from '../sampling/caseKey';
import { summariseProgress, type ProgressCounts, type SampledCase } from '../sampling/summariseProgress';
import type { EscalationRow } from './EscalationRow';
import type { PlanningRecords, SampleDraw } from './PlanningRecords';

export interface Escalated {
  readonly escalations: number;
  /** Of which still Open. */
  readonly open: number;
}

export type AuditorProgress = ProgressCounts & Escalated & { readonly auditor: string };

/** How the Audit rows stand against the recorded sample: the figures behind every denominator. */
export interface Coverage {
  /** Cases drawn, when the Samples table records exactly one case draw; otherwise null (never summed). */
  readonly sampled: number | null;
  /** Case draws in the Samples table; null when there is no Samples table. */
  readonly draws: readonly SampleDraw[] | null;
  /** Whether there is a Not audited table; without one, no case is counted as not audited. */
  readonly marksRecorded: boolean;
  /** Every Audit row with a Case ID; a Not audited mark wins over the status (summariseProgress). */
  readonly overall: AuditorProgress;
  /** Per auditor by name ('' for cases with no auditor), with the escalations on their cases. */
  readonly byAuditor: readonly AuditorProgress[];
  /** Marked Not audited yet counted by the findings (Complete, or In progress when those count). */
  readonly markedButCounted: number;
  /** Case IDs of marks that match no Audit row: they are in no figure. */
  readonly marksNotInAudit: readonly string[];
}

const isOpen = (e: EscalationRow): boolean => e.status.trim().toLowerCase() === 'open';

/**
 * Coverage and the progress board from the Audit rows, the Not audited marks, the Samples table and the
 * Escalations rows. Escalations count under the auditor of their case; one on a case no longer in the
 * Audit sheet counts only overall.
 */
export function coverageOf(
  records: PlanningRecords,
  includeInProgress: boolean,
  escalations: readonly EscalationRow[] = [],
): Coverage {
  const reasons = new Map<string, string>();
  for (const m of records.marks ?? [])
    if (!reasons.has(caseKey(m.caseId))) reasons.set(caseKey(m.caseId), m.reason);
  const inAudit = new Set<string>();
  const auditorOf = new Map<string, string>();
  let markedButCounted = 0;
  const cases: SampledCase[] = records.cases.map((c) => {
    const key = caseKey(c.id);
    inAudit.add(key);
    auditorOf.set(key, c.auditor);
    const reason = reasons.get(key);
    if (reason === undefined) return c;
    if (c.status === 'Complete' || (includeInProgress && c.status === 'In progress')) markedButCounted++;
    return { ...c, notAudited: { reason } };
  });
  const raised = new Map<string, Escalated>();
  const add = (auditor: string, e: EscalationRow): void => {
    const was = raised.get(auditor) ?? { escalations: 0, open: 0 };
    raised.set(auditor, { escalations: was.escalations + 1, open: was.open + (isOpen(e) ? 1 : 0) });
  };
  for (const e of escalations) {
    add('\u0000all', e);
    const auditor = auditorOf.get(caseKey(e.caseId));
    if (auditor !== undefined) add(auditor, e);
  }
  const escalated = (a: string): Escalated => raised.get(a) ?? { escalations: 0, open: 0 };
  const summary = summariseProgress(cases);
  const caseDraws = records.draws ?? null;
  const only = caseDraws?.length === 1 ? caseDraws[0]! : undefined;
  return {
    sampled: only?.drawn ?? null,
    draws: caseDraws,
    marksRecorded: records.marks !== undefined,
    overall: { ...summary, auditor: '', ...escalated('\u0000all') },
    byAuditor: summary.byAuditor.map((a) => ({ ...a, ...escalated(a.auditor) })),
    markedButCounted,
    marksNotInAudit: (records.marks ?? [])
      .filter((m) => !inAudit.has(caseKey(m.caseId)))
      .map((m) => m.caseId),
  };
}

import type { CaseStatus } from '../cases/CaseStore';
import type { Problem } from './Problem';

/** A sampled case that will not be audited (e.g. no access to the record), and why. */
export interface NotAudited {
  readonly reason: string;
}

export interface SampledCase {
  readonly id: string;
  readonly status: CaseStatus;
  readonly auditor?: string;
  readonly notAudited?: NotAudited;
}

export interface ProgressCounts {
  readonly sampled: number;
  /** Complete and not marked Not audited. */
  readonly audited: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly notAudited: number;
  /** Not-audited cases by reason, most frequent first (ties by reason). */
  readonly notAuditedReasons: readonly { readonly reason: string; readonly count: number }[];
}

export interface ProgressSummary extends ProgressCounts {
  /** Per auditor, by name; cases with no auditor under ''. */
  readonly byAuditor: readonly (ProgressCounts & { readonly auditor: string })[];
}

/** A Not-audited mark, refused without a reason: findings must say why sampled cases were left out. */
export function markNotAudited(reason: string): NotAudited | Problem {
  const text = reason.trim();
  if (text === '')
    return { message: 'Give a reason the case is not audited (for example, no access to the record).' };
  return { reason: text };
}

function count(cases: readonly SampledCase[]): ProgressCounts {
  let audited = 0;
  let inProgress = 0;
  let notStarted = 0;
  const reasons = new Map<string, number>();
  for (const c of cases) {
    // Not audited wins over the status: answers in a case the lead set aside are not findings.
    if (c.notAudited !== undefined) {
      const reason = c.notAudited.reason.trim() || '(no reason given)';
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    } else if (c.status === 'Complete') audited++;
    else if (c.status === 'In progress') inProgress++;
    else notStarted++;
  }
  const notAuditedReasons = [...reasons]
    .map(([reason, n]) => ({ reason, count: n }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  const notAudited = cases.length - audited - inProgress - notStarted;
  return { sampled: cases.length, audited, inProgress, notStarted, notAudited, notAuditedReasons };
}

/** Counts for the status board and the findings' "sampled, audited, not audited" line; they add up to sampled. */
export function summariseProgress(cases: readonly SampledCase[]): ProgressSummary {
  const byAuditor = new Map<string, SampledCase[]>();
  for (const c of cases) {
    const auditor = (c.auditor ?? '').trim();
    const list = byAuditor.get(auditor);
    if (list === undefined) byAuditor.set(auditor, [c]);
    else list.push(c);
  }
  const auditors = [...byAuditor.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    ...count(cases),
    byAuditor: auditors.map((auditor) => ({ auditor, ...count(byAuditor.get(auditor)!) })),
  };
}

import type { AuditorAgreement, Disagreement } from '../moderation/AgreementReport';
import { answerKey } from '../moderation/answerKey';
import { disagreementKey, type ModerationRecords, type ResolutionRecord } from './ModerationRecords';

export interface AuditorModeration extends AuditorAgreement {
  readonly disagreements: number;
  /** Of which the lead has resolved (Resolutions table). */
  readonly resolved: number;
}

export interface OpenDisagreement extends Disagreement {
  /** A1 address of the moderator's answer on the Moderation sheet, when known. */
  readonly cell?: string;
}

/** The figures of the Moderation agreement section, for the Findings sheet and the command line alike. */
export interface ModerationSummary {
  readonly byAuditor: readonly AuditorModeration[];
  readonly disagreements: number;
  readonly resolved: number;
  /** In the order the comparison found them: by question, then by case. */
  readonly unresolved: readonly OpenDisagreement[];
}

/**
 * A resolution settles the disagreement it was recorded for: same case and question, and the same two
 * answers where it recorded them. If either answer was changed afterwards, the difference is a new one and
 * is listed again for the lead, rather than hidden by a decision about other answers.
 */
function settles(r: ResolutionRecord, d: Disagreement): boolean {
  return (
    (r.first === undefined || r.first.trim() === answerKey(d.first)) &&
    (r.second === undefined || r.second.trim() === answerKey(d.second))
  );
}

/** Disagreements per auditor and how many are resolved, and those still open with their Moderation cell. */
export function moderationOf(records: ModerationRecords): ModerationSummary {
  const byKey = new Map<string, ResolutionRecord[]>();
  for (const r of records.resolutions) {
    const key = disagreementKey(r.caseId, r.question);
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const unresolved: OpenDisagreement[] = [];
  const counts = new Map<string, { disagreements: number; resolved: number }>();
  for (const d of records.report.disagreements) {
    const key = disagreementKey(d.caseId, d.question);
    const resolved = (byKey.get(key) ?? []).some((r) => settles(r, d));
    const count = counts.get(d.auditor) ?? { disagreements: 0, resolved: 0 };
    counts.set(d.auditor, {
      disagreements: count.disagreements + 1,
      resolved: count.resolved + (resolved ? 1 : 0),
    });
    const cell = records.cells.get(key);
    if (!resolved) unresolved.push(cell === undefined ? d : { ...d, cell });
  }
  const disagreements = records.report.disagreements.length;
  return {
    byAuditor: records.report.byAuditor.map((a) => ({
      ...a,
      ...(counts.get(a.auditor) ?? { disagreements: 0, resolved: 0 }),
    })),
    disagreements,
    resolved: disagreements - unresolved.length,
    unresolved,
  };
}

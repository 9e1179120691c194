import type { CaseStore } from '../../core/cases/CaseStore';
import type { PlanningPort } from '../../excel/planning/lazyPlanning';

/** The planning calls a moderator's pane makes. */
export type ModerationPort = Pick<
  PlanningPort,
  'moderationCases' | 'openModerationCase' | 'saveModerationCase'
>;

/**
 * The Moderation table as a CaseStore, so re-audits go through the same capture session as audits: one
 * save at a time per case, retries, conflicts, and "saved" only once the workbook has the answer.
 * Escalations are the audit's (a moderator who finds a safeguarding concern raises it like an auditor).
 */
export function moderationStore(port: ModerationPort, escalate: CaseStore['escalate']): CaseStore {
  return {
    listCases: () => port.moderationCases(),
    openCase: (caseId) => port.openModerationCase(caseId),
    saveAnswer: (request) => port.saveModerationCase({ kind: 'answer', request }),
    setStatus: (caseId, status, moderator, baseVersion) =>
      port.saveModerationCase({ kind: 'status', caseId, status, moderator, baseVersion }),
    escalate,
  };
}

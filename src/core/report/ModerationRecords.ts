import type { AgreementReport } from '../moderation/AgreementReport';

/** A row of the Resolutions table: the lead's decision on one disagreement. */
export interface ResolutionRecord {
  readonly caseId: string;
  readonly question: string;
  /**
   * The two answers as they stood when it was resolved (answerKey form); undefined when the table has no such
   * column (a hand-made table), and then the resolution stands for whatever the answers are now.
   */
  readonly first?: string;
  readonly second?: string;
}

/**
 * Moderation as the Findings sheet reports it: agreement of the moderator's complete re-audits with the
 * first audits (src/core/moderation), the lead's resolutions, and where each disagreement's moderator answer
 * is, so the team sheet can link to it. Read from the Moderation and Resolutions tables.
 */
export interface ModerationRecords {
  readonly report: AgreementReport;
  /** Empty when there is no Resolutions table yet (nothing resolved). */
  readonly resolutions: readonly ResolutionRecord[];
  /** The Moderation table's sheet, and the A1 address there of each disagreement's moderator answer. */
  readonly sheet: string;
  readonly cells: ReadonlyMap<string, string>;
}

/** One disagreement is one case and one question. */
export function disagreementKey(caseId: string, question: string): string {
  return `${caseId.trim().toUpperCase()}\u0000${question.trim().toLowerCase()}`;
}

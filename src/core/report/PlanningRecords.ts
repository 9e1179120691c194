import type { CaseStatus } from '../cases/CaseStore';
import type { ModerationRecords } from './ModerationRecords';

/** An Audit row as coverage and progress need it: nothing from its answers. */
export interface AuditCaseRow {
  readonly id: string;
  readonly status: CaseStatus;
  /** The Auditor cell, trimmed ('' when blank or when there is no Auditor column). */
  readonly auditor: string;
}

/** A row of the Not audited table. The reason is the lead's own words: team sheets only. */
export interface NotAuditedMark {
  readonly caseId: string;
  readonly reason: string;
}

/** A case draw recorded in the Samples table (moderation draws are not the audit's sample). */
export interface SampleDraw {
  readonly sample: number;
  /** The method in words as recorded, e.g. "80 of 100 cases at random". */
  readonly method: string;
  /** Population and Drawn cells; null when the cell does not hold a whole number. */
  readonly population: number | null;
  readonly drawn: number | null;
}

/**
 * What the workbook records about the sample beside the Audit rows, as read by the Excel refresh, the board
 * copy and the command line. `draws` and `marks` are undefined when their table does not exist: the report
 * then says so instead of showing a figure nobody recorded.
 */
export interface PlanningRecords {
  readonly cases: readonly AuditCaseRow[];
  readonly draws?: readonly SampleDraw[];
  readonly marks?: readonly NotAuditedMark[];
  /** Agreement of the moderator's re-audits and the lead's resolutions; undefined without a Moderation table. */
  readonly moderation?: ModerationRecords;
}

import type { Answer } from './CaseEvaluation';

/**
 * The port between guided capture and wherever cases are stored. The task pane codes against this;
 * src/excel implements it on the Audit sheet (and so on the simulated host in tests and the preview).
 */
export type CaseStatus = 'Not started' | 'In progress' | 'Complete';

export interface OpenedCase {
  readonly caseId: string;
  readonly answers: ReadonlyMap<string, Answer>;
  /** Cells that hold something the codec could not read, by question name, with why. */
  readonly invalid: ReadonlyMap<string, string>;
  /** The row's Version when read: a co-author's save since then bumps it. */
  readonly version: number;
  readonly status: CaseStatus;
  readonly auditor: string;
  readonly lastSaved: string;
  readonly savedBy: string;
  /** Escalations recorded for this case. */
  readonly escalations: number;
}

export interface SaveRequest {
  readonly caseId: string;
  readonly question: string;
  readonly answer: Answer;
  /** The answer the pane showed before this change: if the cell no longer holds it, someone else changed it. */
  readonly previous: Answer;
  /** The row Version the pane last read. */
  readonly baseVersion: number;
  readonly auditor: string;
  /** Keep mine: write even though a co-author changed the same answer. */
  readonly overwrite?: boolean;
}

export type SaveResult =
  | { readonly kind: 'saved'; readonly version: number; readonly savedAt: string }
  | {
      readonly kind: 'conflict';
      /** What the co-author saved, now in the cell. */
      readonly theirs: Answer;
      readonly version: number;
      readonly savedBy: string;
    }
  | { readonly kind: 'failed'; readonly message: string };

export interface CaseSummary {
  readonly caseId: string;
  readonly auditor: string;
  readonly status: CaseStatus;
  readonly lastSaved: string;
}

export interface Escalation {
  readonly reason: string;
  readonly agreedWith: string;
  readonly raisedBy: string;
}

export interface CaseStore {
  listCases(): Promise<readonly CaseSummary[]>;
  openCase(caseId: string): Promise<OpenedCase>;
  saveAnswer(request: SaveRequest): Promise<SaveResult>;
  setStatus(caseId: string, status: CaseStatus, auditor: string, baseVersion: number): Promise<SaveResult>;
  escalate(caseId: string, escalation: Escalation): Promise<void>;
}

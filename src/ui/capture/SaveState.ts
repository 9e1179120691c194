import type { Answer, CaseEvaluation, CaseRecord } from '../../core/cases/CaseEvaluation';
import type { CaseStatus } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';

/**
 * Where one question's answer stands against the workbook. `saved` is only ever set from the store's
 * own `saved` result for the exact value on screen: the pane must never claim an answer is in the
 * workbook when it is not.
 */
export type SaveState =
  | { readonly state: 'idle' }
  | { readonly state: 'saving' }
  | { readonly state: 'saved'; readonly savedAt: string }
  | {
      readonly state: 'failed';
      readonly message: string;
      /** True while an automatic retry is scheduled; false once the auditor has to press Retry. */
      readonly retrying: boolean;
    }
  | {
      readonly state: 'conflict';
      /** What the co-author saved, now in the cell. */
      readonly theirs: Answer;
      readonly savedBy: string;
    };

export type SaveStateKind = SaveState['state'];

/** The engine as the session sees it: injected so the session can be tested with any question set. */
export type Evaluate = (questionSet: QuestionSet, record: CaseRecord) => CaseEvaluation;

/** One opened case as the pane shows it; a new object after every change (for useSyncExternalStore). */
export interface CaseSessionSnapshot {
  readonly caseId: string;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly invalid: ReadonlyMap<string, string>;
  readonly evaluation: CaseEvaluation;
  /** Only questions touched in this session appear; the rest are idle. */
  readonly saves: ReadonlyMap<string, SaveState>;
  readonly version: number;
  readonly status: CaseStatus;
  /** The auditor the case is assigned to on the sheet. */
  readonly caseAuditor: string;
  readonly lastSaved: string;
  readonly savedBy: string;
  readonly escalations: number;
}

export type CompleteOutcome =
  | { readonly kind: 'complete' }
  | { readonly kind: 'unsaved'; readonly count: number }
  | { readonly kind: 'issues'; readonly issues: CaseEvaluation['issues'] }
  | { readonly kind: 'conflict'; readonly savedBy: string }
  | { readonly kind: 'failed'; readonly message: string };

export const IDLE: SaveState = { state: 'idle' };

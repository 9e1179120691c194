import type { Answer } from '../cases/CaseEvaluation';
import type { QuestionType } from '../questions/QuestionSet';
import type { Problem } from '../sampling/Problem';
import type { Kappa } from './cohensKappa';

/** One audit of one case: the auditor's (or the moderator's) answers. */
export interface AuditAnswers {
  readonly caseId: string;
  readonly auditor: string;
  readonly answers: ReadonlyMap<string, Answer>;
}

export interface Tally {
  /** Cases where at least one of the two gave an answer. */
  readonly compared: number;
  readonly agreed: number;
  /** agreed of compared, rounded half up; null when nothing was compared. */
  readonly percent: number | null;
}

export interface ChoiceAgreement extends Tally {
  readonly choice: string;
  /** Kappa of ticked / not ticked for this choice. */
  readonly kappa: Kappa;
}

export interface QuestionAgreement extends Tally {
  readonly question: string;
  readonly type: QuestionType;
  /** select_one only: categories are the choices (and blank). */
  readonly kappa?: Kappa;
  /** select_multiple only: one yes/no kappa per choice, in choice order. */
  readonly perChoice?: readonly ChoiceAgreement[];
}

export interface AuditorAgreement extends Tally {
  /** The first auditor, whose work was moderated. */
  readonly auditor: string;
  readonly cases: number;
  readonly questions: readonly QuestionAgreement[];
}

/** A difference for the audit lead to resolve. */
export interface Disagreement {
  readonly caseId: string;
  readonly question: string;
  readonly auditor: string;
  readonly moderator: string;
  readonly first: Answer;
  readonly second: Answer;
}

export interface AgreementReport extends Tally {
  /** Cases audited twice. */
  readonly cases: number;
  readonly questions: readonly QuestionAgreement[];
  readonly byAuditor: readonly AuditorAgreement[];
  readonly disagreements: readonly Disagreement[];
  readonly problems: readonly Problem[];
}

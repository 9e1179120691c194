import type { Answer } from '../../core/cases/CaseEvaluation';
import type { OpenedCase } from '../../core/cases/CaseStore';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { CaseSessionSnapshot, Evaluate } from './SaveState';

/** The answers on screen for one case, whether saved yet or not, and what the engine makes of them. */
export class CaseAnswers {
  private readonly answers: Map<string, Answer>;
  /** Cells the codec could not read; an answer given in the pane replaces the bad value. */
  private readonly invalid: Map<string, string>;

  constructor(
    private readonly opened: Pick<OpenedCase, 'caseId' | 'answers' | 'invalid'>,
    private readonly questionSet: QuestionSet,
    private readonly evaluate: Evaluate,
  ) {
    this.answers = new Map(opened.answers);
    this.invalid = new Map(opened.invalid);
  }

  set(question: string, value: Answer): void {
    this.answers.set(question, value);
    this.invalid.delete(question);
  }

  /** Fresh copies every time: each snapshot is its own object for useSyncExternalStore. */
  evaluated(): Pick<CaseSessionSnapshot, 'answers' | 'invalid' | 'evaluation'> {
    const answers = new Map(this.answers);
    const invalid = new Map(this.invalid);
    const evaluation = this.evaluate(this.questionSet, { id: this.opened.caseId, answers, invalid });
    return { answers, invalid, evaluation };
  }
}

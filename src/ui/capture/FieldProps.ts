import type { FieldProps as FluentFieldProps } from '@fluentui/react-components';
import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Question } from '../../core/questions/QuestionSet';

/** What every answer control gets: the question, its answer, and a way to change it. */
export interface FieldProps {
  readonly question: Question;
  readonly value: Answer;
  readonly required: boolean;
  /** The engine's message for this answer (constraint, invalid cell, or missing when checked). */
  readonly validationMessage: string | undefined;
  readonly onAnswer: (value: Answer) => void;
}

/**
 * Fluent's Field props for a label, hint and message; with exactOptionalPropertyTypes an absent hint or
 * message has to be left out rather than passed as undefined.
 */
export function fieldText(
  label: string,
  hint: string | undefined,
  required: boolean,
  validationMessage: string | undefined,
): FluentFieldProps {
  return {
    label,
    required,
    ...(hint ? { hint } : {}),
    ...(validationMessage ? { validationMessage } : {}),
  };
}

/** The Field props for a question's control. */
export const questionFieldText = (p: FieldProps, message: string | undefined = p.validationMessage) =>
  fieldText(p.question.label, p.question.hint || undefined, p.required, message);

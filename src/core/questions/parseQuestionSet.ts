import type { SheetData, SheetIssue } from '../sheets/SheetData';
import { checkReferences } from './checkReferences';
import { orderCalculations } from './orderCalculations';
import { parseChoices } from './parseChoices';
import { parseSettings } from './parseSettings';
import type { QuestionSet } from './QuestionSet';
import { readSurvey } from './readSurvey';

export interface QuestionSetSheets {
  readonly survey: SheetData;
  readonly choices?: SheetData;
  readonly settings?: SheetData;
}

export interface ParsedQuestionSet {
  /** null whenever there is any error: a half-understood form could put answers in the wrong place. */
  readonly questionSet: QuestionSet | null;
  /**
   * Every problem found, each naming its cell: choices, then settings, then survey rows in sheet order,
   * then unknown `${references}`, then cycles.
   */
  readonly errors: readonly SheetIssue[];
}

/**
 * Reads an XLSForm-style question set (survey, choices and settings sheets, as ODK, KoboToolbox and
 * SurveyCTO write them). Every expression is compiled here, once; the engine only evaluates.
 */
export function parseQuestionSet(input: QuestionSetSheets): ParsedQuestionSet {
  const errors: SheetIssue[] = [];
  const lists = parseChoices(input.choices, errors);
  const settings = parseSettings(input.settings, errors);
  const survey = readSurvey(input.survey, lists, errors);
  if (survey === null) return { questionSet: null, errors };
  checkReferences(survey, errors);
  const calculationOrder = orderCalculations(survey.questions, survey.groups, errors);
  if (errors.length > 0) return { questionSet: null, errors };
  return {
    questionSet: {
      title: settings['form_title'] ?? '',
      version: settings['version'] ?? '',
      settings,
      questions: survey.questions,
      groups: survey.groups,
      items: survey.items,
      byName: new Map(survey.questions.map((q) => [q.name, q])),
      calculationOrder,
    },
    errors,
  };
}

import { parseIndicators } from '../../core/findings/parseIndicators';
import type { Indicator } from '../../core/findings/Indicator';
import { parseQuestionSet } from '../../core/questions/parseQuestionSet';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { SheetData, SheetIssue } from '../../core/sheets/SheetData';
import { AuditWorkbookError, workbookError } from '../AuditWorkbookError';
import { SHEETS, type DefinitionSheet } from '../workbookFormat';

export interface ParsedDefinitions {
  readonly questionSet: QuestionSet;
  readonly indicators: readonly Indicator[];
  /** Indicator rows left out, each with its cell: the rest of the findings still count. */
  readonly indicatorErrors: readonly SheetIssue[];
}

/**
 * The engine's view of the definition sheets read by queueDefinitions, shared by Refresh findings and the
 * board copy. No question set is a stop, said with `consequence` ("there is nothing to count"); a bad
 * indicator row is not.
 */
export function parseDefinitions(
  defs: Partial<Record<DefinitionSheet, SheetData>>,
  consequence: string,
): ParsedDefinitions {
  if (defs.questions === undefined)
    throw workbookError(
      SHEETS.questions,
      '',
      `There is no ${SHEETS.questions} sheet (or XLSForm "survey" sheet), so ${consequence}. Run Set up audit first.`,
    );
  const parsed = parseQuestionSet({
    survey: defs.questions,
    ...(defs.choices === undefined ? {} : { choices: defs.choices }),
    ...(defs.settings === undefined ? {} : { settings: defs.settings }),
  });
  if (parsed.questionSet === null) throw new AuditWorkbookError(parsed.errors);
  const questionSet = parsed.questionSet;
  if (defs.indicators === undefined) return { questionSet, indicators: [], indicatorErrors: [] };
  const { indicators, errors } = parseIndicators(defs.indicators, questionSet);
  return { questionSet, indicators, indicatorErrors: errors };
}

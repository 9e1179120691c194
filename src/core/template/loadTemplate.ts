import type { Indicator } from '../findings/Indicator';
import { parseIndicators } from '../findings/parseIndicators';
import { parseQuestionSet } from '../questions/parseQuestionSet';
import type { QuestionSet } from '../questions/QuestionSet';
import type { CellValue, SheetData } from '../sheets/SheetData';
import { auditTemplate } from './auditTemplate';

/** Sheet names the template is written to in a new workbook. */
export const TEMPLATE_SHEETS = {
  survey: 'survey',
  choices: 'choices',
  settings: 'settings',
  indicators: 'indicators',
} as const;

const sheet = (name: string, rows: CellValue[][]): SheetData => ({ name, rows });

/**
 * The built-in template, parsed. It ships with the add-in, so any problem in it is our bug, not the
 * user's: it throws with every message rather than letting a half-read template reach a workbook.
 */
export function loadTemplate(): { questionSet: QuestionSet; indicators: Indicator[] } {
  const parsed = parseQuestionSet({
    survey: sheet(TEMPLATE_SHEETS.survey, auditTemplate.survey),
    choices: sheet(TEMPLATE_SHEETS.choices, auditTemplate.choices),
    settings: sheet(TEMPLATE_SHEETS.settings, auditTemplate.settings),
  });
  const problems = parsed.errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`);
  if (parsed.questionSet === null || problems.length > 0) {
    throw new Error(`The built-in template does not load:\n${problems.join('\n')}`);
  }
  const { indicators, errors } = parseIndicators(
    sheet(TEMPLATE_SHEETS.indicators, auditTemplate.indicators),
    parsed.questionSet,
  );
  if (errors.length > 0) {
    throw new Error(
      `The built-in indicators do not load:\n${errors.map((e) => `${e.sheet}!${e.cell}: ${e.message}`).join('\n')}`,
    );
  }
  return { questionSet: parsed.questionSet, indicators };
}

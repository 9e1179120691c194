import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { sheet } from '../questions/sheets';

/** One question of every type, with choice lists that make label/name confusion possible. */
const { questionSet, errors } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'calculation'],
    ['select_one case_types', 'case_type', 'Case type', ''],
    ['select_one swapped', 'swapped', 'Swapped', ''],
    ['select_multiple reasons', 'reasons', 'Reasons', ''],
    ['text', 'summary', 'Summary', ''],
    ['integer', 'children', 'Children', ''],
    ['decimal', 'hours', 'Hours', ''],
    ['date', 'received', 'Received', ''],
    ['dateTime', 'screened', 'Screened', ''],
    ['note', 'intro', 'Read this first', ''],
    ['calculate', 'score', 'Score', '${children} * 2'],
  ]),
  choices: sheet('choices', [
    ['list_name', 'name', 'label'],
    ['case_types', 'contact', 'Contact'],
    ['case_types', 're_referral', 'Re-referral'],
    // Each label is the other's name: cells hold labels, so labels must win.
    ['swapped', 'yes', 'No'],
    ['swapped', 'no', 'Yes'],
    ['reasons', 'da', 'Domestic abuse'],
    ['reasons', 'neglect', 'Neglect'],
    ['reasons', 'mh', 'Parental mental health'],
  ]),
});
if (questionSet === null) throw new Error(JSON.stringify(errors));

export const form = questionSet;

export function question(name: string): Question {
  const q = form.byName.get(name);
  if (q === undefined) throw new Error(`no question ${name}`);
  return q;
}

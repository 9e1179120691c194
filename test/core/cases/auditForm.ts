import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { sheet } from '../questions/sheets';

/**
 * A cut-down contacts and re-referrals audit: police details asked only for police contacts, with a
 * nested group asked only when a domestic abuse notification was made.
 */
const { questionSet, errors } = parseQuestionSet({
  survey: sheet('Questions', [
    [
      'type',
      'name',
      'label',
      'relevant',
      'required',
      'required_message',
      'constraint',
      'constraint_message',
      'calculation',
    ],
    ['select_one case_types', 'case_type', 'Case type', '', 'yes', '', '', '', ''],
    [
      'integer',
      'months_since',
      'Months since last referral',
      "${case_type} = 're_referral'",
      'yes',
      'Say how many months.',
      '. >= 0 and . <= 120',
      '',
      '',
    ],
    [
      'date',
      'received',
      'Date received',
      '',
      'yes',
      '',
      '. <= today()',
      'The date cannot be in the future.',
      '',
    ],
    ['date', 'screened', 'Date screened', '', '', '', '. >= ${received}', '', ''],
    ['calculate', 'days_to_screen', '', '', '', '', '', '', '${screened} - ${received}'],
    ['begin_group', 'police', 'Police contact', "${source} = 'police'", '', '', '', '', ''],
    ['text', 'police_ref', 'Police reference', '', 'yes', '', '', '', ''],
    ['begin_group', 'dan', 'Domestic abuse notification', "${dan_made} = 'yes'", '', '', '', '', ''],
    ['integer', 'children_present', 'Children present', '', 'yes', '', '', '', ''],
    ['end_group', '', '', '', '', '', '', '', ''],
    ['end_group', '', '', '', '', '', '', '', ''],
    ['select_one sources', 'source', 'Source', '', '', '', '', '', ''],
    ['select_one yes_no', 'dan_made', 'DAN made?', '', '', '', '', '', ''],
    ['note', 'thanks', 'Thank you', '', '', '', '', '', ''],
    [
      'calculate',
      'police_children',
      '',
      '',
      '',
      '',
      '',
      '',
      'if(${children_present} = "", 0, ${children_present})',
    ],
  ]),
  choices: sheet('Choices', [
    ['list_name', 'name', 'label'],
    ['case_types', 'contact', 'Contact'],
    ['case_types', 're_referral', 'Re-referral'],
    ['sources', 'police', 'Police'],
    ['sources', 'school', 'School'],
    ['yes_no', 'yes', 'Yes'],
    ['yes_no', 'no', 'No'],
  ]),
});
if (questionSet === null) throw new Error(JSON.stringify(errors, null, 2));

export const auditForm = questionSet;

export const FEB_10 = new Date('2023-02-10T09:00:00Z');

/** A case on row `row` of the Audit sheet, its answers in columns B, C, ... in sheet order. */
export function auditCase(answers: Record<string, Answer>, extra: Partial<CaseRecord> = {}): CaseRecord {
  const names = auditForm.questions.map((q) => q.name);
  return {
    id: 'C-1',
    sheet: 'Audit',
    answers: new Map(Object.entries(answers)),
    cells: new Map(names.map((name, i) => [name, `${String.fromCharCode(66 + i)}7`])),
    ...extra,
  };
}

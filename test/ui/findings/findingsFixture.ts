import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { CaseStatus } from '../../../src/core/cases/CaseStore';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { FindingsCase } from '../../../src/core/findings/FindingsAccumulator';
import { parseIndicators } from '../../../src/core/findings/parseIndicators';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';

/*
 * A small contacts and re-referrals form, parsed by the real engine: the months question is asked only of
 * re-referrals, and the indicator is the seed report's "re-referrals came within 0-3 months".
 */
const parsed = parseQuestionSet({
  survey: {
    name: 'survey',
    rows: [
      ['type', 'name', 'label', 'relevant', 'required'],
      ['select_one kind', 'referral_type', 'Contact or re-referral', '', 'yes'],
      [
        'select_one months',
        'months',
        'Months since last involvement',
        "${referral_type} = 're_referral'",
        'yes',
      ],
    ],
  },
  choices: {
    name: 'choices',
    rows: [
      ['list_name', 'name', 'label'],
      ['kind', 'contact', 'Contact'],
      ['kind', 're_referral', 'Re-referral'],
      ['months', 'm0_3', '0-3 months'],
      ['months', 'm4_12', '4-12 months'],
    ],
  },
  settings: { name: 'settings', rows: [['form_title'], ['Contacts and re-referrals']] },
});
if (!parsed.questionSet) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
export const questionSet = parsed.questionSet;

const parsedIndicators = parseIndicators(
  {
    name: 'indicators',
    rows: [
      ['name', 'label', 'numerator', 'denominator'],
      [
        'soon',
        're-referrals came within 0-3 months',
        "${months} = 'm0_3'",
        "${referral_type} = 're_referral'",
      ],
    ],
  },
  questionSet,
);
if (parsedIndicators.errors.length > 0) throw new Error(parsedIndicators.errors[0]!.message);

function audited(id: string, row: number, status: CaseStatus, type: Answer, months: Answer): FindingsCase {
  return {
    id,
    status,
    sheet: 'Audit',
    answers: new Map<string, Answer>([
      ['referral_type', type],
      ['months', months],
    ]),
    cells: new Map([
      ['referral_type', `D${row}`],
      ['months', `E${row}`],
    ]),
  };
}

export const CASES: readonly FindingsCase[] = [
  audited('C-001', 3, 'Complete', 're_referral', 'm0_3'),
  audited('C-002', 4, 'Complete', 're_referral', 'm4_12'),
  audited('C-003', 5, 'Complete', 're_referral', 'm0_3'),
  audited('C-004', 6, 'Complete', 'contact', null),
  audited('C-005', 7, 'Complete', 're_referral', null), // months required but blank: a data-quality issue
  audited('C-006', 8, 'In progress', 're_referral', 'm0_3'),
  audited('C-007', 9, 'Not started', null, null),
];

/** Findings of the cases above, by the real engine. */
export function fixtureFindings(includeInProgress = false) {
  return computeFindings(questionSet, parsedIndicators.indicators, CASES, {
    now: new Date(Date.UTC(2024, 0, 1)),
    includeInProgress,
  });
}

import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { answerText } from '../../../src/core/cases/answerText';
import { question } from '../moderation/questionFixture';

const withLabels = (q: Question): Question => ({
  ...q,
  choices: [
    { name: 'contact', label: 'Contact/referral' },
    { name: 're_referral', label: 'Re-referral' },
  ],
});

const cases: [Question | undefined, Answer][] = [
  [withLabels(question('case_type', 'select_one')), 're_referral'],
  [withLabels(question('types', 'select_multiple')), ['contact', 're_referral']],
  [withLabels(question('types', 'select_multiple')), []],
  [question('comments', 'text'), 'Seen at home'],
  [question('received', 'date'), { kind: 'date', days: 19394 }],
  [question('count', 'integer'), 3],
  [undefined, null],
];

describe('answerText', () => {
  it('shows labels, dates and blanks as an auditor reads them', () => {
    expect(cases.map(([q, a]) => answerText(q, a))).toEqual([
      'Re-referral',
      'Contact/referral, Re-referral',
      '(blank)',
      'Seen at home',
      '2023-02-06',
      '3',
      '(blank)',
    ]);
  });
});

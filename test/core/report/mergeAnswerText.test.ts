import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { mergeAnswerText } from '../../../src/core/report/mergeAnswerText';
import { answerText } from '../../../src/ui/capture/answerText';
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

describe('mergeAnswerText', () => {
  it('shows labels, dates and blanks as an auditor reads them', () => {
    expect(cases.map(([q, a]) => mergeAnswerText(q, a))).toEqual([
      'Re-referral',
      'Contact/referral, Re-referral',
      '(blank)',
      'Seen at home',
      '2023-02-06',
      '3',
      '(blank)',
    ]);
  });

  it('reads as the pane’s answerText does, which the command line’s log uses', () => {
    for (const [q, a] of cases) expect(mergeAnswerText(q, a)).toBe(answerText(q, a));
  });
});

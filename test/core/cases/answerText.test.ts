import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { answerText, IN_A_CELL } from '../../../src/core/cases/answerText';
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

describe('answerText in a cell and in odd shapes', () => {
  const types = withLabels(question('types', 'select_multiple'));

  it('separates ticked choices as the Audit sheet does when asked to, and by ", " otherwise', () => {
    expect(answerText(types, ['contact', 're_referral'], IN_A_CELL)).toBe('Contact/referral; Re-referral');
    expect(answerText(types, ['contact', 're_referral'])).toBe('Contact/referral, Re-referral');
  });

  it('reads a select_multiple held as text by its space-separated names, each choice once', () => {
    expect(answerText(types, ' re_referral  contact re_referral', IN_A_CELL)).toBe(
      'Re-referral; Contact/referral',
    );
  });

  it('shows spaces alone as blank, as comparing answers treats them', () => {
    expect(answerText(question('comments', 'text'), '   ')).toBe('(blank)');
    expect(answerText(types, ' ', IN_A_CELL)).toBe('(blank)');
  });

  it('labels a choice whose name came back from a cell as a number, or with spaces', () => {
    const grade: Question = {
      ...question('grade', 'select_one'),
      choices: [{ name: '1', label: 'Outstanding' }],
    };
    expect(answerText(grade, 1)).toBe('Outstanding');
    expect(answerText(grade, ' 1 ')).toBe('Outstanding');
    expect(answerText(grade, 2)).toBe('2');
  });

  it('shows a date in ISO form and a number without binary noise, whatever the separator', () => {
    expect(answerText(question('received', 'date'), { kind: 'date', days: 19394 }, IN_A_CELL)).toBe(
      '2023-02-06',
    );
    expect(answerText(question('score', 'decimal'), 0.1 + 0.2, IN_A_CELL)).toBe('0.3');
  });
});

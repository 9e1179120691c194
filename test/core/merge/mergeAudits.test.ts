import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { mergeAudits, type AuditRowData, type AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import type { QuestionSetShape } from '../../../src/core/merge/diffQuestionSets';

const questions: QuestionSetShape['questions'] = [
  {
    name: 'grade',
    type: 'select_one',
    listName: 'g',
    choices: [
      { name: 'good', label: 'Good' },
      { name: 'poor', label: 'Poor' },
    ],
  },
  {
    name: 'tags',
    type: 'select_multiple',
    listName: 't',
    choices: [
      { name: 'a', label: 'A' },
      { name: 'b', label: 'B' },
    ],
  },
  { name: 'note', type: 'text', listName: '', choices: [] },
];

const row = (
  caseId: string,
  entries: [string, Answer][],
  status: AuditRowData['status'] = 'In progress',
): AuditRowData => ({
  caseId,
  auditor: '',
  status,
  answers: new Map(entries),
});

const snapshot = (
  label: string,
  rows: AuditRowData[],
  shape: Partial<QuestionSetShape> = {},
): AuditSnapshot => ({
  label,
  questionSet: { version: '1', questions, ...shape },
  rows,
});

describe('mergeAudits', () => {
  it('treats the same answer written differently as agreement, and a different one as a conflict', () => {
    const base = snapshot('ours', [
      row('c1', [
        ['tags', ['a', 'b']],
        ['note', 'seen '],
      ]),
      row('c2', [['grade', 'good']]),
    ]);
    const incoming = snapshot('b.xlsx', [
      row('C1 ', [
        ['tags', ['b', 'a']],
        ['note', 'seen'],
      ]),
      row('c2', [['grade', 'poor']]),
    ]);
    const merged = mergeAudits(base, incoming);
    expect(merged.kind === 'merged' && merged.conflicts.map((c) => [c.caseId, c.question])).toEqual([
      ['c2', 'grade'],
    ]);
    expect(merged.kind === 'merged' && merged.updates).toEqual([]);
  });

  it('fills blanks and moves a Not started case to In progress; takes everything for a case never started here', () => {
    const base = snapshot('ours', [
      row('c1', [['grade', 'good']], 'Not started'),
      row('c2', [], 'Not started'),
    ]);
    const incoming = snapshot('b.xlsx', [
      row('c1', [['note', 'x']]),
      { ...row('c2', [['grade', 'poor']], 'Complete'), auditor: 'Pat' },
      row('c3', []),
    ]);
    const merged = mergeAudits(base, incoming);
    if (merged.kind !== 'merged') throw new Error('refused');
    expect(merged.updates.map((u) => [u.caseId, [...u.fill.keys()], u.status, u.auditor])).toEqual([
      ['c1', ['note'], 'In progress', undefined],
      ['c2', ['grade'], 'Complete', 'Pat'],
    ]);
    expect(merged.added.map((r) => r.caseId)).toEqual(['c3']);
  });

  it('refuses a changed type or choice list even under the same version, saying which', () => {
    const changed = questions.map((q) =>
      q.name === 'note'
        ? { ...q, type: 'integer' as const }
        : q.name === 'grade'
          ? { ...q, choices: q.choices.slice(0, 1) }
          : q,
    );
    const merged = mergeAudits(snapshot('ours', []), snapshot('b.xlsx', [], { questions: changed }));
    expect(merged.kind === 'refused' && merged.problems[0]!.message).toBe(
      'The question sets differ (both say version "1"): grade offers good, poor here but good there; note is text here but integer there. Bring both workbooks to the same question set (Questions and Choices sheets, and its version in Settings), then import (or merge) again.',
    );
  });

  it('refuses a workbook holding one case twice, rather than guessing which row is right', () => {
    const merged = mergeAudits(
      snapshot('ours', []),
      snapshot('b.xlsx', [row('c1', []), { ...row('C1', []), where: 'Audit!A4' }]),
    );
    expect(merged.kind === 'refused' && merged.problems[0]!.message).toMatch(
      /Case C1 has two rows in b.xlsx \(Audit!A4\)/,
    );
  });
});

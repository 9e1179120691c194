import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { auditRows, planningWith } from './planningFixture';

async function otherWorkbook(rows: AuditSnapshot['rows'], version?: string) {
  const fixture = await planningWith();
  const loaded = await readQuestionSet(fixture.workbook.host());
  const set = loaded.questionSet!;
  return {
    fixture,
    incoming: { label: 'partner.xlsx', questionSet: { ...set, version: version ?? set.version }, rows },
  };
}

const answers = (entries: [string, Answer][]) => new Map(entries);

describe('a lead imports a partner organisation’s Audit rows', () => {
  it('adds new cases with their answers, fills blanks, and reports a case answered differently', async () => {
    const { fixture, incoming } = await otherWorkbook([
      {
        caseId: 'P-001',
        auditor: 'Pat',
        status: 'Complete',
        answers: answers([
          ['case_type', 'contact'],
          ['auditor_comments', 'Seen'],
        ]),
      },
      {
        caseId: 'K-001',
        auditor: 'Pat',
        status: 'In progress',
        answers: answers([
          ['case_type', 're_referral'],
          ['auditor_comments', 'Theirs'],
        ]),
      },
    ]);
    await fixture.audit.addCases([{ caseId: 'K-001', auditor: 'Sam' }]);
    await fixture.audit.saveAnswer({
      caseId: 'K-001',
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: 0,
      auditor: 'Sam',
    });
    const merged = await fixture.planning.importAuditRows(incoming);
    if (merged.kind !== 'merged') throw new Error(JSON.stringify(merged.problems));
    expect(merged.conflicts.map((c) => [c.caseId, c.question, c.ours, c.theirs])).toEqual([
      ['K-001', 'case_type', 'contact', 're_referral'],
    ]);
    expect(auditRows(fixture)).toEqual([
      { id: 'K-001', auditor: 'Sam', status: 'In progress' },
      { id: 'P-001', auditor: 'Pat', status: 'Complete' },
    ]);
    const ours = await fixture.audit.openCase('K-001');
    expect([ours.answers.get('case_type'), ours.answers.get('auditor_comments'), ours.version]).toEqual([
      'contact',
      'Theirs',
      2,
    ]);
    const theirs = await fixture.audit.openCase('P-001');
    expect([theirs.answers.get('case_type'), theirs.answers.get('auditor_comments')]).toEqual([
      'contact',
      'Seen',
    ]);
  });

  it('refuses another version of the question set, saying what differs', async () => {
    const { fixture, incoming } = await otherWorkbook([], '2');
    const trimmed = {
      ...incoming,
      questionSet: {
        ...incoming.questionSet,
        questions: incoming.questionSet.questions.filter((q) => q.name !== 'auditor_comments'),
      },
    };
    const merged = await fixture.planning.importAuditRows(trimmed);
    expect(merged.kind === 'refused' && merged.problems[0]!.message).toMatch(
      /version "2023-03" here, "2" in partner.xlsx\): questions missing from the imported workbook: auditor_comments/,
    );
  });
});

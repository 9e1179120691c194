import { auditWith } from './auditFixture';

describe('two auditors on one case at once', () => {
  test('answers to different questions are both kept', async () => {
    const { workbook, audit, coAuthor } = await auditWith(2);
    const mine = await audit.openCase('C-001');
    const theirs = await coAuthor.openCase('C-001');
    await coAuthor.saveAnswer({
      caseId: 'C-001',
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: theirs.version,
      auditor: 'Kim',
    });
    const saved = await audit.saveAnswer({
      caseId: 'C-001',
      question: 'mash_checks',
      answer: 'yes',
      previous: null,
      baseVersion: mine.version,
      auditor: 'Jo',
    });
    expect(saved).toMatchObject({ kind: 'saved', version: 2 });
    const row = await audit.openCase('C-001');
    expect(row.answers.get('case_type')).toBe('contact');
    expect(row.answers.get('mash_checks')).toBe('yes');
    expect(row.savedBy).toBe('Jo');
    expect(workbook.getCell('Audit', 'F3').value).toBe(2);
  });

  test('the same question: the second save is a conflict carrying theirs, and nothing is written', async () => {
    const { workbook, audit, coAuthor } = await auditWith(1);
    await audit.openCase('C-001');
    await coAuthor.saveAnswer({
      caseId: 'C-001',
      question: 'overall_grade',
      answer: 'good',
      previous: null,
      baseVersion: 0,
      auditor: 'Kim',
    });
    const clash = await audit.saveAnswer({
      caseId: 'C-001',
      question: 'overall_grade',
      answer: 'inadequate',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(clash).toEqual({ kind: 'conflict', theirs: 'good', version: 1, savedBy: 'Kim' });
    expect(await audit.openCase('C-001')).toMatchObject({ version: 1, savedBy: 'Kim' });
    expect((await audit.openCase('C-001')).answers.get('overall_grade')).toBe('good');
    expect(workbook.getCell('Audit', 'F3').value).toBe(1);
  });

  test('keep mine overwrites on purpose', async () => {
    const { audit, coAuthor } = await auditWith(1);
    await coAuthor.saveAnswer({
      caseId: 'C-001',
      question: 'overall_grade',
      answer: 'good',
      previous: null,
      baseVersion: 0,
      auditor: 'Kim',
    });
    const kept = await audit.saveAnswer({
      caseId: 'C-001',
      question: 'overall_grade',
      answer: 'inadequate',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
      overwrite: true,
    });
    expect(kept).toMatchObject({ kind: 'saved', version: 2 });
    expect((await coAuthor.openCase('C-001')).answers.get('overall_grade')).toBe('inadequate');
  });

  test('both giving the same answer is no conflict', async () => {
    const { audit, coAuthor } = await auditWith(1);
    await coAuthor.saveAnswer({
      caseId: 'C-001',
      question: 'mash_checks',
      answer: 'no',
      previous: null,
      baseVersion: 0,
      auditor: 'Kim',
    });
    expect(
      await audit.saveAnswer({
        caseId: 'C-001',
        question: 'mash_checks',
        answer: 'no',
        previous: null,
        baseVersion: 0,
        auditor: 'Jo',
      }),
    ).toMatchObject({ kind: 'saved' });
  });

  test('saves to different cases never touch each other, even after the rows are re-sorted', async () => {
    const { workbook, audit, coAuthor } = await auditWith(3);
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'auditor_comments',
      answer: 'one',
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    // A co-author inserts a row above the first case (as a sort or an insert would move rows).
    workbook.insertRows('Audit', '3:3');
    await coAuthor.saveAnswer({
      caseId: 'C-003',
      question: 'auditor_comments',
      answer: 'three',
      previous: null,
      baseVersion: 0,
      auditor: 'Kim',
    });
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'overall_grade',
      answer: 'good',
      previous: null,
      baseVersion: 1,
      auditor: 'Jo',
    });
    const one = await audit.openCase('C-001');
    const three = await audit.openCase('C-003');
    expect([one.answers.get('auditor_comments'), one.answers.get('overall_grade')]).toEqual(['one', 'good']);
    expect([three.answers.get('auditor_comments'), three.answers.get('overall_grade')]).toEqual([
      'three',
      null,
    ]);
    expect((await audit.openCase('C-002')).version).toBe(0);
  });
});

import { AuditWorkbookError } from '../../src/excel/AuditWorkbookError';
import type { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { auditWith } from './auditFixture';

const save = (caseId: string, question = 'auditor_comments', answer = 'Seen') => ({
  caseId,
  question,
  answer,
  previous: null,
  baseVersion: 0,
  auditor: 'Jo',
});

async function convertAuditToRange(workbook: SimWorkbook): Promise<void> {
  await workbook.host().run(async (context) => {
    context.workbook.tables.getItem('Audit').convertToRange();
    await context.sync();
  });
}

describe('a damaged workbook: say what is wrong and how to repair it, lose nothing, write nowhere wrong', () => {
  test('a Case ID that appears twice: that case is refused, naming both cells; other cases still save', async () => {
    const { workbook, audit } = await auditWith(3);
    await workbook.setCell('Audit', 'A5', 'C-001');
    const refused = await audit.saveAnswer(save('C-001'));
    expect(refused).toEqual({
      kind: 'failed',
      message: expect.stringContaining(
        'Audit!A3 and Audit!A5 both hold case C-001: give one of them a different Case ID',
      ) as string,
    });
    expect(workbook.getValues('Audit', 'AE3:AE5')).toEqual([[''], [''], ['']]);
    await expect(audit.openCase('c-001')).rejects.toThrow('Audit!A3 and Audit!A5 both hold case c-001');
    expect(await audit.saveAnswer(save('C-002'))).toMatchObject({ kind: 'saved' });
  });

  test('an unknown case id', async () => {
    const { audit } = await auditWith(2);
    await expect(audit.openCase('C-999')).rejects.toThrow(
      'No row of the Audit sheet has the Case ID "C-999"',
    );
    expect(await audit.saveAnswer(save('C-999'))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('"C-999"') as string,
    });
  });

  test('the Case ID column renamed: nothing can be matched, and the message says to rename it back', async () => {
    const { workbook, audit } = await auditWith(2);
    await workbook.setCell('Audit', 'A2', 'Case number');
    const failed = await audit.saveAnswer(save('C-001'));
    expect(failed).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(
        /no "Case ID" column in its header row \(Audit!A2:AE2\).*Rename that column back to "Case ID"/,
      ) as string,
    });
    const error = await audit.openCase('C-001').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWorkbookError);
    expect((error as AuditWorkbookError).issues[0]).toMatchObject({ sheet: 'Audit', cell: 'A2' });
  });

  test('a question column deleted: saving to it fails with the repair; other answers still save to the right cells', async () => {
    const { workbook, audit } = await auditWith(2);
    workbook.deleteColumns('Audit', 'AB:AB'); // overall_grade
    expect(await audit.saveAnswer(save('C-001', 'overall_grade', 'good'))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('no "overall_grade" column') as string,
    });
    expect(await audit.saveAnswer(save('C-002'))).toMatchObject({ kind: 'saved' });
    expect(workbook.getCell('Audit', 'AD4').value).toBe('Seen'); // auditor_comments moved left one column
    expect((await audit.openCase('C-002')).invalid.get('overall_grade')).toMatch(/run Set up audit/);
    const repaired = await audit.setUp('workbook');
    expect(repaired.addedColumns).toEqual(['overall_grade']);
    expect(await audit.saveAnswer({ ...save('C-001', 'overall_grade', 'good') })).toMatchObject({
      kind: 'saved',
    });
  });

  test('the Version column deleted: saves stop with the column named', async () => {
    const { workbook, audit } = await auditWith(1);
    workbook.deleteColumns('Audit', 'F:F');
    expect(await audit.saveAnswer(save('C-001'))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('no "Version" column') as string,
    });
  });

  test('the sheet renamed: the table is still found, and messages name the sheet as it is now', async () => {
    const { workbook, audit } = await auditWith(2);
    workbook.renameSheet('Audit', 'Cases');
    expect(await audit.saveAnswer(save('C-002'))).toMatchObject({ kind: 'saved' });
    expect(workbook.getCell('Cases', 'AE4').value).toBe('Seen');
    await expect(audit.openCase('C-404')).rejects.toThrow('No row of the Cases sheet');
  });

  test('the sheet deleted, or renamed after its table was removed: says so and how to repair', async () => {
    const { workbook, audit } = await auditWith(1);
    await convertAuditToRange(workbook);
    workbook.renameSheet('Audit', 'Audit old');
    await expect(audit.listCases()).rejects.toThrow(
      /There is no Audit sheet.*If "Audit old" holds the cases, rename it back to "Audit"/,
    );
    workbook.deleteSheet('Audit old');
    expect(await audit.saveAnswer(save('C-001'))).toMatchObject({
      kind: 'failed',
      message: expect.stringContaining('There is no Audit sheet') as string,
    });
  });

  test('the table turned into a plain range: still read as a plain sheet, writes still land in the right row', async () => {
    const { workbook, audit } = await auditWith(3);
    await audit.saveAnswer(save('C-002', 'auditor_comments', 'before'));
    await convertAuditToRange(workbook);
    expect((await audit.listCases()).map((c) => c.caseId)).toEqual(['C-001', 'C-002', 'C-003']);
    expect((await audit.openCase('C-002')).answers.get('auditor_comments')).toBe('before');
    const saved = await audit.saveAnswer({ ...save('C-003', 'auditor_comments', '=not a formula') });
    expect(saved).toMatchObject({ kind: 'saved' });
    expect(workbook.getCell('Audit', 'AE5')).toMatchObject({ value: '=not a formula', formula: null });
    const repaired = await audit.setUp('workbook');
    expect(repaired.issues).toEqual([]);
    expect(workbook.snapshot().sheets.find((s) => s.name === 'Audit')?.tables[0]).toMatchObject({
      name: 'Audit',
      range: 'A2:AE5',
    });
    expect((await audit.openCase('C-003')).answers.get('auditor_comments')).toBe('=not a formula');
  });
});

import { addCaseRows } from '../../src/excel/addCaseRows';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { AuditWorkbookError } from '../../src/excel/AuditWorkbookError';
import { auditTemplate } from '../../src/core/template/auditTemplate';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { AUDIT_DAY, auditWith } from './auditFixture';
import { largeAudit } from './largeAuditFixture';

const longId = (i: number): string => `CASE-${String(i + 1).padStart(7, '0')}-0000-4000-8000-00000000`;
const save = (caseId: string) => ({
  caseId,
  question: 'auditor_comments',
  answer: 'Seen',
  previous: null,
  baseVersion: 0,
  auditor: 'Jo',
});

describe('a co-author adds the same case while we add cases', () => {
  test('between our check and our write: both rows stay, the message names both, the case is refused', async () => {
    const { workbook, coAuthor } = await auditWith(2);
    // Sync 1 reads the Case IDs; before sync 2 (our rows) the co-author adds C-004 in their own pane.
    const host = workbook.host({
      beforeSync: (n) => (n === 2 ? coAuthor.addCases([{ caseId: 'C-004', auditor: 'Kim' }]) : undefined),
    });
    const mine = new AuditWorkbook(host, { now: () => AUDIT_DAY });
    const error = await mine
      .addCases(['C-003', 'c-004', 'C-005'].map((caseId) => ({ caseId, auditor: 'Jo' })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWorkbookError);
    expect((error as AuditWorkbookError).issues[0]).toMatchObject({ sheet: 'Audit', cell: 'A7' });
    expect((error as Error).message).toContain(
      'Case C-004 is now in Audit!A5 and Audit!A7 (Audit!A7 is the row just added, Not started).',
    );
    expect((error as Error).message).not.toContain('Adding stopped');
    // Nobody's row was dropped or overwritten.
    expect(workbook.getValues('Audit', 'A5:B7')).toEqual([
      ['C-004', 'Kim'],
      ['C-003', 'Jo'],
      ['c-004', 'Jo'],
    ]);
    // Opening or saving that case is refused until a person sorts it out; nothing is written to either row.
    const later = new AuditWorkbook(workbook.host(), { now: () => AUDIT_DAY });
    await expect(later.openCase('C-004')).rejects.toThrow('Audit!A5 and Audit!A7 both hold case C-004');
    expect(await coAuthor.saveAnswer(save('C-004'))).toMatchObject({ kind: 'failed' });
    expect(workbook.getValues('Audit', 'F5:F7')).toEqual([[0], [0], [0]]);
    expect(await later.saveAnswer(save('C-005'))).toMatchObject({ kind: 'saved' });
  });

  test('between two batches: the adding stops after the batch that met it, saying what was not added', async () => {
    const { workbook, coAuthor } = await auditWith(0);
    const ids = Array.from({ length: 100_000 }, (_, i) => longId(i));
    const host = workbook.host({
      beforeSync: (n) => (n === 2 ? coAuthor.addCases([{ caseId: ids[5]!, auditor: 'Kim' }]) : undefined),
    });
    workbook.resetStats();
    const error = await addCaseRows(
      host,
      ids.map((caseId) => ({ caseId, auditor: 'Jo' })),
    ).catch((e: unknown) => e);
    const message = (error as Error).message;
    const added = Number(/Adding stopped there: (\d+) of 100000 cases were added/.exec(message)?.[1]);
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(ids.length);
    expect(message).toContain(
      `(${ids[0]} to ${ids[added - 1]}) and ${ids.length - added} were not (${ids[added]} to ${ids.at(-1)})`,
    );
    expect(message).toContain(
      `Case ${ids[5]} is now in Audit!A3 and Audit!A9 (Audit!A9 is the row just added`,
    );
    // The co-author's row first, then ours: the later batch was never sent.
    const table = workbook.snapshot().sheets.find((s) => s.name === 'Audit')!.tables[0]!;
    expect(table.range).toMatch(new RegExp(`:[A-Z]+${added + 3}$`));
    expect(workbook.getCell('Audit', 'B3').value).toBe('Kim');
  }, 120_000);

  test('a Case ID column too long to come back with the batch is read in chunks afterwards, and still checked', async () => {
    // 110,000 IDs of 36 characters: ~4.5 MB, under Excel's 5 MB for the first read but over our 4 MB budget.
    const audit = await largeAudit(110_000, longId);
    const other = audit.workbook.host();
    const host = audit.workbook.host({
      beforeSync: (n) => (n === 2 ? addCaseRows(other, [{ caseId: 'NEW-1' }]) : undefined),
    });
    audit.workbook.resetStats();
    const error = await addCaseRows(host, [{ caseId: 'new-1' }, { caseId: 'NEW-2' }]).catch(
      (e: unknown) => e,
    );
    expect((error as Error).message).toContain('Case NEW-1 is now in Audit!A110003 and Audit!A110004');
    expect(audit.workbook.stats.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);

  test('a read-back Excel refuses as too large: the rows stand, the column is read again in chunks and checked', async () => {
    // A 100 KB response limit: the 10,000 new IDs (~120 KB) pass our 4 MB estimate but not the host's.
    const workbook = new SimWorkbook({ responseLimitBytes: 100_000 });
    await new AuditWorkbook(workbook.host()).setUp({ template: auditTemplate });
    const coAuthor = new AuditWorkbook(workbook.host());
    const ids = Array.from({ length: 10_000 }, (_, i) => `K-${i + 1}`);
    const host = workbook.host({
      beforeSync: (n) => (n === 2 ? coAuthor.addCases([{ caseId: 'K-9999' }]) : undefined),
    });
    const error = await addCaseRows(
      host,
      ids.map((caseId) => ({ caseId })),
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain('Case K-9999 is now in Audit!A3 and Audit!A10002.');
    expect(workbook.getValues('Audit', 'A4:A10003').map((r) => r[0])).toEqual(ids);
  });
});

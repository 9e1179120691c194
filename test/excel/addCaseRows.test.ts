import { auditTemplate } from '../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import type { ExcelHost } from '../../src/excel/ExcelHost';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { auditWith, counted } from './auditFixture';
import { FIVE_MB } from './largeAuditFixture';

/** 36-character Case IDs (as a system of GUIDs gives): 100,000 of them with auditors are ~5.6 MB to send. */
const longId = (i: number): string => `CASE-${String(i + 1).padStart(7, '0')}-0000-4000-8000-00000000`;
const sam = (caseId: string) => ({ caseId, auditor: 'Auditor 07' });

/** The Case ID column's values from row 3 down, as the sheet holds them. */
function caseIdsIn(workbook: SimWorkbook): string[] {
  const table = workbook.snapshot().sheets.find((s) => s.name === 'Audit')!.tables[0]!;
  const rows = Number(/\d+$/.exec(table.range)![0]);
  return workbook.getValues('Audit', `A3:A${rows}`).map((r) => String(r[0]));
}

/** A session whose `n`th sync first lets `meanwhile` run: a co-author acting between two of our batches. */
function interrupted(workbook: SimWorkbook, n: number, meanwhile: () => Promise<void>): ExcelHost {
  return workbook.host({ beforeSync: (i) => (i === n ? meanwhile() : undefined) });
}

describe('adding cases', () => {
  test('a usual number goes in two round trips: the Case IDs, then the rows', async () => {
    const { workbook, audit } = await auditWith(0);
    const ids = Array.from({ length: 2_000 }, (_, i) => `K-${i + 1}`);
    const { syncs } = await counted(workbook, () => audit.addCases(ids.map(sam)));
    expect(syncs).toBe(2);
    expect(caseIdsIn(workbook)).toEqual(ids);
  });

  test('100,000 cases go in batches under 5 MB, each row once, in order, Not started, version 0', async () => {
    const { workbook, audit } = await auditWith(0);
    const ids = Array.from({ length: 100_000 }, (_, i) => longId(i));
    const { syncs } = await counted(workbook, () => audit.addCases(ids.map(sam)));
    const stats = workbook.stats;
    expect(stats.requestBytes).toBeGreaterThan(FIVE_MB); // one batch would have been refused
    expect(stats.largestRequestBytes).toBeLessThan(FIVE_MB);
    expect(syncs).toBe(3);
    expect(caseIdsIn(workbook)).toEqual(ids);
    const last = ids.length + 2;
    expect(workbook.getValues('Audit', `A${last}:F${last}`)).toEqual([
      [ids[ids.length - 1], 'Auditor 07', 'Not started', '', '', 0],
    ]);
    expect(workbook.getCell('Audit', 'B3').value).toBe('Auditor 07');
  }, 120_000);

  test('a batch that fails part way: the message says which cases are in, and none is added twice', async () => {
    const { workbook, audit } = await auditWith(0);
    const ids = Array.from({ length: 100_000 }, (_, i) => longId(i));
    const coAuthor = workbook.host();
    const protect = (allow: Excel.WorksheetProtectionOptions) => () =>
      coAuthor.run(async (context) => {
        context.workbook.worksheets.getItem('Audit').protection.protect(allow);
        await context.sync();
      });
    // Sync 1 reads the Case IDs, sync 2 sends the first batch; the co-author protects the sheet before sync 3.
    const host = interrupted(workbook, 3, protect({}));
    const error = await new AuditWorkbook(host).addCases(ids.map(sam)).catch((e: unknown) => e);
    const inSheet = caseIdsIn(workbook);
    expect(inSheet.length).toBeGreaterThan(0);
    expect(inSheet.length).toBeLessThan(ids.length);
    expect(inSheet).toEqual(ids.slice(0, inSheet.length));
    const rest = ids.slice(inSheet.length);
    expect((error as Error).message).toContain(
      `Of 100000 cases, ${inSheet.length} were added (${ids[0]} to ${ids[inSheet.length - 1]}) and ${rest.length} were not (${rest[0]} to ${rest[rest.length - 1]})`,
    );
    await coAuthor.run(async (context) => {
      context.workbook.worksheets.getItem('Audit').protection.unprotect();
      await context.sync();
    });
    await expect(audit.addCases(ids.map(sam))).rejects.toThrow(`Case ${ids[0]} is already in Audit!A3`);
    await audit.addCases(rest.map(sam));
    expect(caseIdsIn(workbook)).toEqual(ids);
  }, 120_000);

  test('rows left without a Case ID by a batch that failed are reported, to delete', async () => {
    const { workbook } = await auditWith(0);
    const ids = Array.from({ length: 100_000 }, (_, i) => longId(i));
    const coAuthor = workbook.host();
    // Cells unlocked and rows insertable, but no cell may be formatted: Excel adds the batch's rows, then
    // refuses the text format of their Case IDs.
    const host = interrupted(workbook, 3, () =>
      coAuthor.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem('Audit');
        sheet.getRange().format.protection.locked = false;
        sheet.protection.protect({ allowInsertRows: true });
        await context.sync();
      }),
    );
    const error = await new AuditWorkbook(host).addCases(ids.map(sam)).catch((e: unknown) => e);
    const cells = caseIdsIn(workbook);
    const blanks = cells.filter((c) => c === '').length;
    expect(blanks).toBeGreaterThan(0);
    const firstBlank = cells.indexOf('') + 3;
    expect(cells.slice(firstBlank - 3).every((c) => c === '')).toBe(true);
    expect((error as Error).message).toContain(
      `${blanks} new rows at the end of the Audit table (from Audit!A${firstBlank}) have no Case ID: delete them.`,
    );
  }, 120_000);

  test('a batch Excel refuses as too large is sent again in halves, nothing twice', async () => {
    const workbook = new SimWorkbook({ requestLimitBytes: 1_000_000 });
    const audit = new AuditWorkbook(workbook.host());
    await audit.setUp({ template: auditTemplate });
    const ids = Array.from({ length: 60_000 }, (_, i) => `C-${i + 1}`);
    await audit.addCases(ids.map(sam));
    expect(caseIdsIn(workbook)).toEqual(ids);
  }, 120_000);
});

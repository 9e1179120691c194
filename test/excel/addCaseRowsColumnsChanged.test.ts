import { auditTemplate } from '../../src/core/template/auditTemplate';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { AuditWorkbookError } from '../../src/excel/AuditWorkbookError';
import type { NewCase } from '../../src/excel/addCaseRows';
import { AUDIT_DAY, auditWith, counted, type Fixture } from './auditFixture';

// Adding cases reads the Case IDs in one trip and adds the rows in the next (one per batch). A co-author who
// inserts, deletes or renames an Audit column in between fails the batch before it adds anything (the
// columns it writes are looked up first, and rows of the width it read are refused): the adding then says
// so, rather than with Excel's own error, and says exactly which cases earlier batches added. A column
// moved meanwhile is followed: each new cell goes under its own header. beforeSync plays the co-author.

const THREE: NewCase[] = ['C-003', 'C-004', 'C-005'].map((caseId) => ({ caseId, auditor: 'Jo' }));

interface RacedAdd {
  readonly fixture: Fixture;
  readonly error: unknown;
  readonly syncs: number;
  readonly cleanSyncs: number;
}

/**
 * THREE added to an audit of C-001 and C-002, once with nobody else about to count the trips, then again
 * with `coAuthor` acting just before the write trip; our trips counted, the co-author's not.
 */
async function addRaced(coAuthor: (fixture: Fixture) => void | Promise<void>): Promise<RacedAdd> {
  const clean = await auditWith(2);
  const plain = await counted(clean.workbook, () => clean.audit.addCases(THREE));
  const fixture = await auditWith(2);
  let ours = 0;
  const host = fixture.workbook.host({
    beforeSync: () => {
      ours++;
      return ours === plain.syncs ? coAuthor(fixture) : undefined;
    },
  });
  const error = await new AuditWorkbook(host, { now: () => AUDIT_DAY })
    .addCases(THREE)
    .then(() => undefined)
    .catch((e: unknown) => e);
  return { fixture, error, syncs: ours, cleanSyncs: plain.syncs };
}

/** The Case IDs in the Audit sheet, and the Audit table's range (no blank row added at its end). */
const ids = (workbook: SimWorkbook, last = 200) =>
  workbook
    .getValues('Audit', `A3:A${last}`)
    .map((r) => r[0])
    .filter((v) => v !== '' && v !== null);
const tableRange = (workbook: SimWorkbook) =>
  workbook.snapshot().sheets.find((s) => s.name === 'Audit')!.tables[0]!.range;

const noneAdded = (what: string) =>
  `No case was added, because someone changed the columns of the Audit table while the cases were being added: ${what}. Check the Audit header row, row 2 (put back a column deleted by mistake), then add the cases again.`;

/** The error's one problem, expected to link the Audit header row. */
function problemOf(error: unknown) {
  expect(error).toBeInstanceOf(AuditWorkbookError);
  const { issues } = error as AuditWorkbookError;
  expect(issues).toHaveLength(1);
  return issues[0]!;
}

describe('a co-author changes the Audit table’s columns while cases are added', () => {
  test('a column inserted: nothing added, and the error says why and what to do, in one more trip', async () => {
    const { fixture, error, syncs, cleanSyncs } = await addRaced((f) =>
      f.workbook.insertColumns('Audit', 'H:H'),
    );
    expect(problemOf(error)).toEqual({
      sheet: 'Audit',
      cell: 'A2',
      message: noneAdded('a column was inserted or deleted (it has 32 columns, 31 when the pane read it)'),
    });
    expect(ids(fixture.workbook)).toEqual(['C-001', 'C-002']);
    expect(tableRange(fixture.workbook)).toMatch(/:[A-Z]+4$/);
    // One more trip, after the failure only, reads the header row to tell.
    expect(syncs).toBe(cleanSyncs + 1);
  });

  test('a column deleted: nothing added, likewise', async () => {
    const { fixture, error, syncs, cleanSyncs } = await addRaced((f) =>
      f.workbook.deleteColumns('Audit', 'AD:AD'),
    );
    expect(problemOf(error).message).toBe(
      noneAdded('a column was inserted or deleted (it has 30 columns, 31 when the pane read it)'),
    );
    expect(ids(fixture.workbook)).toEqual(['C-001', 'C-002']);
    expect(tableRange(fixture.workbook)).toMatch(/:[A-Z]+4$/);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  test('the Auditor header changed: nothing added, the column named', async () => {
    const { fixture, error, syncs, cleanSyncs } = await addRaced((f) =>
      f.workbook.setCell('Audit', 'B2', 'Auditors'),
    );
    expect(problemOf(error).message).toBe(
      noneAdded('the Auditor column is no longer there (deleted, or its header changed)'),
    );
    expect(ids(fixture.workbook)).toEqual(['C-001', 'C-002']);
    expect(tableRange(fixture.workbook)).toMatch(/:[A-Z]+4$/);
    expect(fixture.workbook.getValues('Audit', 'A5:F5')).toEqual([['', '', '', '', '', '']]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  test('two pairs of columns swapped: each new cell goes under its own header, in as many trips', async () => {
    // Auditor (B) and auditor_comments (AE) trade places, and Status (C) and Version (F), cells and all.
    const { fixture, error, syncs, cleanSyncs } = await addRaced(async (f) => {
      const block = f.workbook.getValues('Audit', 'A2:AE4').map((row) => {
        const out = [...row];
        [out[1], out[30]] = [row[30]!, row[1]!];
        [out[2], out[5]] = [row[5]!, row[2]!];
        return out;
      });
      await f.workbook.setValues('Audit', 'A2', block);
    });
    expect(error).toBeUndefined();
    const at = (address: string) => fixture.workbook.getValues('Audit', address).map((r) => r[0]);
    expect(at('A2:A7')).toEqual(['Case ID', 'C-001', 'C-002', 'C-003', 'C-004', 'C-005']);
    expect(at('AE2:AE7')).toEqual(['Auditor', 'Sam', 'Sam', 'Jo', 'Jo', 'Jo']);
    expect(at('B2:B7')).toEqual(['auditor_comments', '', '', '', '', '']);
    expect(at('F2:F7')).toEqual([
      'Status',
      'Not started',
      'Not started',
      'Not started',
      'Not started',
      'Not started',
    ]);
    expect(at('C2:C7')).toEqual(['Version', 0, 0, 0, 0, 0]);
    // The pane reads the new case by header: Not started, version 0, nothing answered.
    const opened = await fixture.audit.openCase('C-004');
    expect(opened.version).toBe(0);
    expect(opened.answers.get('auditor_comments') ?? null).toBeNull();
    expect(syncs).toBe(cleanSyncs);
  });

  test('a column inserted between two batches: exactly the first batch’s cases are said to be added', async () => {
    // Under a 40 KB request limit, 3,000 cases (~60 KB) are refused as one batch and sent in two halves:
    // trip 2 refused, trips 3 and 4 the halves. The co-author inserts a column before trip 4.
    const workbook = new SimWorkbook({ requestLimitBytes: 40_000 });
    await new AuditWorkbook(workbook.host()).setUp({ template: auditTemplate });
    const cases = Array.from({ length: 3_000 }, (_, i) => ({
      caseId: `K-${String(i + 1).padStart(4, '0')}`,
      auditor: 'Jo',
    }));
    let ours = 0;
    const host = workbook.host({
      beforeSync: () => {
        ours++;
        if (ours === 4) workbook.insertColumns('Audit', 'D:D');
      },
    });
    const error = await new AuditWorkbook(host).addCases(cases).catch((e: unknown) => e);
    expect(problemOf(error)).toEqual({
      sheet: 'Audit',
      cell: 'A2',
      message:
        'Adding cases stopped part way, because someone changed the columns of the Audit table while the cases were being added: a column was inserted or deleted (it has 32 columns, 31 when the pane read it). Of 3000 cases, 1500 were added (K-0001 to K-1500) and 1500 were not (K-1501 to K-3000). Check the Audit header row, row 2 (put back a column deleted by mistake), then add only the cases that were not added; a case already in the sheet is refused, never added twice.',
    });
    expect(ids(workbook, 3_100)).toEqual(cases.slice(0, 1_500).map((c) => c.caseId));
    expect(tableRange(workbook)).toMatch(/:[A-Z]+1502$/);
    expect(ours).toBe(5);
  });
});

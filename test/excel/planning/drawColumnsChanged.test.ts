import type { SampleRequest } from '../../../src/core/sampling/SampleResult';
import type { CellScalar } from '../../../src/excel-sim/model/parseInput';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import type { AllocationRequest } from '../../../src/excel/planning/planAllocation';
import type { WorkbookDraw } from '../../../src/excel/planning/drawSampleRows';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith, type PlanningFixture } from './planningFixture';

// A draw reads the Audit table in its first trip and writes in its third. A co-author who inserts, deletes
// or renames an Audit column in between fails that write trip before anything is written (the columns it
// writes are looked up first, and rows of the width it read are refused): the draw is then refused saying
// so, rather than with Excel's own error, and nothing is added or recorded. A column moved meanwhile is
// followed: the new rows' cells go under their own headers. beforeSync plays the co-author.

const everyCase = { kind: 'total', size: 100 } as const;

interface RacedDraw {
  readonly fixture: PlanningFixture;
  readonly result: WorkbookDraw;
  readonly syncs: number;
  readonly cleanSyncs: number;
}

/**
 * The draw on a fresh workbook from `setUp`, once with nobody else about to count its trips, then again
 * with `coAuthor` acting just before its write trip (its last); our trips counted, the co-author's not.
 */
async function drawRaced(
  coAuthor: (fixture: PlanningFixture) => void | Promise<void>,
  allocate?: AllocationRequest,
  setUp: () => Promise<PlanningFixture> = planningWith,
  request: SampleRequest = everyCase,
): Promise<RacedDraw> {
  const clean = await setUp();
  const plain = await counted(clean.workbook, () =>
    clean.planning.drawSample(request, 'audit-2023', 'Lead', allocate),
  );
  expect(plain.result.kind).toBe('drawn');
  const fixture = await setUp();
  let ours = 0;
  const host = fixture.workbook.host({
    beforeSync: () => {
      ours++;
      return ours === plain.syncs ? coAuthor(fixture) : undefined;
    },
  });
  const planning = new AuditPlanning(host, { now: () => AUDIT_DAY });
  const result = await planning.drawSample(request, 'audit-2023', 'Lead', allocate);
  return { fixture, result, syncs: ours, cleanSyncs: plain.syncs };
}

/** An audit that already holds a first sample of four cases (sample 1), not allocated. */
async function withFirstSample(): Promise<PlanningFixture> {
  const fixture = await planningWith();
  const first = await fixture.planning.drawSample({ kind: 'total', size: 4 }, 'first', 'Lead');
  expect(first.kind).toBe('drawn');
  return fixture;
}

/** The Samples table's Sample column, below its header (the draws recorded). */
const samplesRecorded = (f: PlanningFixture): CellScalar[] =>
  f.workbook.sheetNames().includes('Samples')
    ? f.workbook
        .getValues('Samples', 'A2:A10')
        .map((r) => r[0]!)
        .filter((v) => v !== '' && v !== null)
    : [];

/** The Audit table's last row: no blank row was added at its end. */
const lastRow = (f: PlanningFixture): number =>
  Number(/\d+$/.exec(f.workbook.snapshot().sheets.find((sh) => sh.name === 'Audit')!.tables[0]!.range)![0]);

const refusal = (what: string) => ({
  kind: 'refused',
  problems: [
    {
      sheet: 'Audit',
      cell: 'A2',
      message: `Nothing was added to the Audit sheet and the draw was not recorded, because someone changed the columns of the Audit table while the sample was drawn: ${what}. Check the Audit header row, row 2 (put back a column deleted by mistake), then draw again: the same seed draws the same cases.`,
    },
  ],
});

describe('a co-author changes the Audit table’s columns while a sample is drawn', () => {
  it('a column inserted: refused saying so, with nothing added or recorded, in one more trip', async () => {
    const { fixture, result, syncs, cleanSyncs } = await drawRaced(
      (f) => f.workbook.insertColumns('Audit', 'H:H'),
      undefined,
      withFirstSample,
    );
    expect(result).toEqual(
      refusal('a column was inserted or deleted (it has 32 columns, 31 when the draw read it)'),
    );
    expect(auditRows(fixture)).toHaveLength(4);
    expect(lastRow(fixture)).toBe(6);
    expect(samplesRecorded(fixture)).toEqual([1]);
    // One more trip, after the failure only, reads the header row to tell.
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column it does not write deleted: refused likewise', async () => {
    const { fixture, result, syncs, cleanSyncs } = await drawRaced((f) =>
      f.workbook.deleteColumns('Audit', 'E:E'),
    );
    expect(result).toEqual(
      refusal('a column was inserted or deleted (it has 30 columns, 31 when the draw read it)'),
    );
    expect(auditRows(fixture)).toEqual([]);
    expect(lastRow(fixture)).toBe(3);
    expect(samplesRecorded(fixture)).toEqual([]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('the Status header changed: refused naming the column, with nothing added or recorded', async () => {
    const { fixture, result, syncs, cleanSyncs } = await drawRaced(
      (f) => f.workbook.setCell('Audit', 'C2', 'State'),
      undefined,
      withFirstSample,
    );
    expect(result).toEqual(refusal('the Status column is no longer there (deleted, or its header changed)'));
    expect(auditRows(fixture)).toHaveLength(4);
    expect(lastRow(fixture)).toBe(6);
    expect(fixture.workbook.getValues('Audit', 'A7:F7')).toEqual([['', '', '', '', '', '']]);
    expect(samplesRecorded(fixture)).toEqual([1]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column it writes deleted: both the column and the width named', async () => {
    const { result } = await drawRaced((f) => f.workbook.deleteColumns('Audit', 'F:F'));
    expect(result).toEqual(
      refusal(
        'the Version column is no longer there (deleted, or its header changed), and a column was inserted or deleted (it has 30 columns, 31 when the draw read it)',
      ),
    );
  });

  it('allocating too, a column inserted: the existing rows’ Auditor cells are not written either', async () => {
    const before = await withFirstSample();
    const { fixture, result, syncs, cleanSyncs } = await drawRaced(
      (f) => f.workbook.insertColumns('Audit', 'D:D'),
      { auditors: ['Ann', 'Bob'] },
      withFirstSample,
    );
    expect(result).toEqual(
      refusal('a column was inserted or deleted (it has 32 columns, 31 when the draw read it)'),
    );
    // The first sample's rows as they were, with the co-author's column: no Auditor given, none added.
    const expected = before.workbook
      .getValues('Audit', 'A2:AE7')
      .map((row, i) => [...row.slice(0, 3), i === 0 ? 'Column4' : '', ...row.slice(3)]);
    expect(fixture.workbook.getValues('Audit', 'A2:AF7')).toEqual(expected);
    expect(auditRows(fixture).map((r) => r.auditor)).toEqual(['', '', '', '']);
    expect(lastRow(fixture)).toBe(6);
    expect(samplesRecorded(fixture)).toEqual([1]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('two pairs of columns swapped: the new rows’ cells go under their own headers, in as many trips', async () => {
    // Auditor (B) and auditor_comments (AE) trade places, and Status (C) and Version (F), header and all.
    const swap = async (f: PlanningFixture) => {
      const header = [...f.workbook.getValues('Audit', 'A2:AE2')[0]!];
      [header[1], header[30]] = [header[30]!, header[1]!];
      [header[2], header[5]] = [header[5]!, header[2]!];
      await f.workbook.setValues('Audit', 'A2', [header]);
    };
    const { fixture, result, syncs, cleanSyncs } = await drawRaced(
      swap,
      { auditors: ['Ann'] },
      planningWith,
      {
        kind: 'total',
        size: 3,
      },
    );
    if (result.kind !== 'drawn') throw new Error(JSON.stringify(result.problems));
    const at = (address: string) => fixture.workbook.getValues('Audit', address).map((r) => r[0]);
    expect(at('AE2:AE5')).toEqual(['Auditor', 'Ann', 'Ann', 'Ann']);
    expect(at('B2:B5')).toEqual(['auditor_comments', '', '', '']);
    expect(at('F2:F5')).toEqual(['Status', 'Not started', 'Not started', 'Not started']);
    expect(at('C2:C5')).toEqual(['Version', 0, 0, 0]);
    expect(at('A3:A5')).toEqual(result.caseIds);
    expect(samplesRecorded(fixture)).toEqual([1]);
    expect(syncs).toBe(cleanSyncs);
  });
});

import type { ImportResult } from '../../../src/excel/planning/importAuditRows';
import { auditRows, type PlanningFixture } from './planningFixture';
import { auditOfFive, merged, raceImport, sortDescending, partnerComments } from './raceImport';

// The import fills existing Audit rows by the positions it read in its first trip. A co-author who sorts,
// inserts or deletes rows before the write trip makes those cells land in another case's row: the write
// trip reads the Case ID column back, and the result names each such row. The simulator's beforeSync
// plays the co-author, just before the import's write trip. What the read-back finds is added to the Merge
// log in one more trip: the log outlives the pane.

type Merged = Extract<ImportResult, { kind: 'merged' }>;

/**
 * Imports `ids` into an audit of five cases, with `coAuthor` acting just before the import's write trip;
 * expects the round trips of the same import with nobody else about, and `extra` more (the Merge log
 * amended with what was found).
 */
async function importRaced(
  ids: readonly string[],
  coAuthor: (fixture: PlanningFixture) => void | Promise<void>,
  extra = 1,
): Promise<{ fixture: PlanningFixture; result: Merged }> {
  const raced = await raceImport(
    async () => {
      const fixture = await auditOfFive();
      return { fixture, incoming: await partnerComments(fixture, ids) };
    },
    (f, trip) => (trip === 0 ? coAuthor(f) : undefined),
  );
  expect(merged(raced.plain).movedRows).toBeUndefined();
  expect(raced.syncs).toBe(raced.cleanSyncs + extra);
  return { fixture: raced.fixture, result: merged(raced.result) };
}

/** The Audit sheet's comment cell for each case, by Case ID. */
async function comments(fixture: PlanningFixture): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const id of auditRows(fixture).map((r) => r.id)) {
    const opened = await fixture.audit.openCase(id);
    const answer = opened.answers.get('auditor_comments');
    out.set(id, typeof answer === 'string' ? answer : '');
  }
  return out;
}

describe('a co-author moves Audit rows while an import fills them', () => {
  it('a row inserted above: each filled row that now holds another case is named, with what to do', async () => {
    // Row 4 is K-002's (header on row 2): a blank row goes in above it, so every row below moves down one.
    const { fixture, result } = await importRaced(['K-002', 'K-004'], (f) =>
      f.workbook.insertRows('Audit', '4:4'),
    );
    expect(result.updates.map((u) => u.caseId)).toEqual(['K-002', 'K-004']);
    expect(result.movedRows).toEqual([
      {
        sheet: 'Audit',
        cell: 'A4',
        message:
          'Rows of the Audit sheet moved while importing case K-002 from partner.xlsx (row 4 now has no Case ID). Its cells auditor_comments and Status from partner.xlsx went into row 4: check them and put back what was there before, then import partner.xlsx again to fill case K-002.',
      },
      {
        sheet: 'Audit',
        cell: 'A6',
        message: expect.stringMatching(
          /^Rows of the Audit sheet moved while importing case K-004 from partner\.xlsx \(row 6 now holds "K-003"\)\. .* put back case K-003's own answers, then import partner\.xlsx again to fill case K-004\.$/,
        ) as string,
      },
    ]);
    // What the message warns of: K-003's row took K-004's answer, and K-004's own row was not filled.
    const now = await comments(fixture);
    expect(now.get('K-003')).toBe('Theirs for K-004');
    expect(now.get('K-004')).toBe('');
    // The Merge log was still made: the import stands, so importing again is what the message asks.
    expect(result.log).toBe('Merge log');
    // Neither case was filled in, as the pane's summary says: both are counted under what others changed.
    expect(fixture.workbook.getValues('Merge log', 'F7')).toEqual([[0]]);
    // And it records both rows as the pane says them, after its "Conflicts (0)" part, linked to the rows.
    const log = fixture.workbook.getValues('Merge log', 'A9:D17');
    expect(log.map((r) => r[0])).toEqual([
      'Conflicts (0)',
      'None: no case was answered differently in two workbooks.',
      '',
      'Changed by others while importing (2)',
      expect.stringMatching(/^Someone changed the Audit sheet while this import was being written/),
      'Case ID',
      'K-002',
      'K-004',
      '',
    ]);
    expect(log.slice(6, 8)).toEqual(
      result.movedRows!.map((p, i) => [['K-002', 'K-004'][i], p.message, `Audit!${p.cell}`, '']),
    );
    expect(fixture.workbook.getCell('Merge log', 'C15').formula).toBe('=HYPERLINK("#Audit!A4","Audit!A4")');
    const sheet = fixture.workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!;
    expect(sheet.tables.map((t) => [t.name, t.range])).toEqual([
      ['Merge_workbooks', 'A5:G7'],
      ['Merge_changed', 'A14:D16'],
    ]);
  });

  it('a co-author who moves no row (a case added at the end) costs no extra round trip, nor a log section', async () => {
    const { fixture, result } = await importRaced(
      ['K-002', 'K-004'],
      (f) => f.coAuthor.addCases([{ caseId: 'K-006', auditor: 'Kim' }]),
      0,
    );
    expect(result.movedRows).toBeUndefined();
    const log = fixture.workbook.getValues('Merge log', 'A9:A12').map((r) => r[0]);
    expect(log).toEqual([
      'Conflicts (0)',
      'None: no case was answered differently in two workbooks.',
      '',
      '',
    ]);
  });

  it('the table sorted the other way: the rows that now hold another case are named, the rest not', async () => {
    // Sorted descending by Case ID, as Excel's sort moves whole rows: K-003 stays on row 5.
    const { result } = await importRaced(['K-001', 'K-003'], sortDescending);
    expect(
      result.movedRows?.map((p) => [
        p.cell,
        p.message.match(/case (K-\d+) from.*now holds "([^"]+)"/)?.slice(1),
      ]),
    ).toEqual([['A3', ['K-001', 'K-005']]]);
  });

  it('the Merge log counts as the pane does: a row that took another case’s cells is not filled in, but listed', async () => {
    // Sorted descending: K-001's cells go to row 3 (K-005's now); K-003 stays on row 5 and is filled.
    const { fixture, result } = await importRaced(['K-001', 'K-003'], sortDescending);
    expect(result.updates.map((u) => u.caseId)).toEqual(['K-001', 'K-003']);
    expect(result.movedRows).toHaveLength(1);
    const { workbook } = fixture;
    // Workbooks: partner.xlsx, 2 case rows, 0 added, 1 filled in (2 written less the 1 that moved), 0 conflicts.
    expect(workbook.getValues('Merge log', 'A7:G7')).toEqual([[2, 'partner.xlsx', 'Merged in', 2, 0, 1, 0]]);
    expect(workbook.getValues('Merge log', 'A12:A13').map((r) => r[0])).toEqual([
      'Changed by others while importing (1)',
      expect.stringMatching(
        / Cases filled in \(under Workbooks\) leaves out the case whose imported cells went into another row: it is counted here\.$/,
      ),
    ]);
    expect(workbook.getValues('Merge log', 'A15')).toEqual([['K-001']]);
    // And the intro no longer says that nothing was overwritten, without a word on where.
    expect(String(workbook.getValues('Merge log', 'A2')[0]![0])).toContain(
      'no answer was overwritten except where rows moved while the import was written (see Changed by others while importing).',
    );
  });

  it('a row deleted above, with a new case added in the same trip: a fill past the old end lands in the new row and is named', async () => {
    const { fixture, result } = await importRaced(['K-002', 'K-005', 'P-001'], (f) =>
      f.workbook.deleteRows('Audit', '3:3'),
    );
    expect(result.added.map((r) => r.caseId)).toEqual(['P-001']);
    expect(result.inTwoRows).toBeUndefined();
    const moved = result.movedRows?.map((p) => [p.cell, p.message.match(/now holds "([^"]+)"/)?.[1]]);
    // K-002's row index now holds K-003 (row 4); K-005's index is past the four rows left: the new P-001 row.
    expect(moved).toEqual([
      ['A4', 'K-003'],
      ['A7', 'P-001'],
    ]);
    expect(auditRows(fixture).map((r) => r.id)).toEqual(['K-002', 'K-003', 'K-004', 'K-005', 'P-001']);
  });
});

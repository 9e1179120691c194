import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import type { ImportResult } from '../../../src/excel/planning/importAuditRows';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import type { PlanningFixture } from './planningFixture';
import { auditOfFive, merged, raceImport, sortDescending } from './raceImport';
import { cellOf } from './readAuditSnapshotWorkbook';

// A conflict names our cell (the pane links to it, the Merge log too), placed by the rows the import read
// in its first trip. A co-author who sorts, inserts or deletes rows before the write trip leaves that cell
// in another row, maybe another child's: the write trip's read-back of the Case ID column says where each
// case is now. The simulator's beforeSync plays the co-author, just before the import's write trip.

/** The partner says re-referral for K-002 and K-004; `comment` adds a blank to fill for K-002. */
async function partner(fixture: PlanningFixture, comment: boolean): Promise<AuditSnapshot> {
  const { questionSet } = await readQuestionSet(fixture.workbook.host());
  const row = (caseId: string, answers: [string, Answer][], cell: string) => ({
    caseId,
    auditor: 'Pat',
    status: 'In progress' as const,
    answers: new Map(answers),
    cells: new Map([['case_type', cell]]),
  });
  const k002: [string, Answer][] = [['case_type', 're_referral']];
  if (comment) k002.push(['auditor_comments', 'Theirs']);
  return {
    label: 'partner.xlsx',
    questionSet: questionSet!,
    rows: [row('K-002', k002, 'Audit!D8'), row('K-004', [['case_type', 're_referral']], 'Audit!D9')],
  };
}

type Merged = Extract<ImportResult, { kind: 'merged' }>;

/** The import with nobody else about, then again with `coAuthor` acting before its write trip. */
async function importRaced(
  comment: boolean,
  coAuthor: (fixture: PlanningFixture) => void | Promise<void>,
): Promise<{ fixture: PlanningFixture; result: Merged; plain: Merged; cleanSyncs: number; syncs: number }> {
  const raced = await raceImport(
    async () => {
      const fixture = await auditOfFive(['K-002', 'K-004']);
      return { fixture, incoming: await partner(fixture, comment) };
    },
    (f, trip) => (trip === 0 ? coAuthor(f) : undefined),
  );
  return { ...raced, result: merged(raced.result), plain: merged(raced.plain) };
}

const conflictCells = (r: Merged) => r.conflicts.map((c) => [c.caseId, c.sheet, c.cell]);

describe('a co-author moves Audit rows while an import places its conflicts', () => {
  it('a row inserted above: each conflict goes to its case’s row now, in the result and in the Merge log', async () => {
    const { fixture, result, plain, cleanSyncs, syncs } = await importRaced(true, (f) =>
      f.workbook.insertRows('Audit', '4:4'),
    );
    const { workbook } = fixture;
    const [row5, row7] = [cellOf(workbook, 'case_type', 5), cellOf(workbook, 'case_type', 7)];
    // Without the read-back these would be rows 4 (blank now) and 6 (K-003's now), as the clean import has.
    expect(conflictCells(plain)).toEqual([
      ['K-002', 'Audit', cellOf(workbook, 'case_type', 4)],
      ['K-004', 'Audit', cellOf(workbook, 'case_type', 6)],
    ]);
    expect(conflictCells(result)).toEqual([
      ['K-002', 'Audit', row5],
      ['K-004', 'Audit', row7],
    ]);
    expect(workbook.getValues('Audit', `A5:A5`)[0]![0]).toBe('K-002');
    expect(workbook.getValues('Audit', row7)[0]![0]).toBe('Contact/referral');
    // The log's conflict rows (header on row 11) were corrected: Kept from, and Cell here with its link.
    const log = workbook.getValues('Merge log', 'A12:I13');
    expect(log.map((r) => [r[0], r[4], r[6], r[7]])).toEqual([
      ['K-002', `This workbook Audit!${row5}`, 'partner.xlsx Audit!D8', `Audit!${row5}`],
      ['K-004', `This workbook Audit!${row7}`, 'partner.xlsx Audit!D9', `Audit!${row7}`],
    ]);
    expect(workbook.getCell('Merge log', 'H13').formula).toBe(`=HYPERLINK("#Audit!${row7}","Audit!${row7}")`);
    // K-002's comment went into the blank row 4: said under the conflicts, in the same one extra trip.
    expect(result.movedRows?.map((p) => p.cell)).toEqual(['A4']);
    expect(workbook.getValues('Merge log', 'A15:C18').map((r) => r[0])).toEqual([
      'Changed by others while importing (1)',
      expect.any(String),
      'Case ID',
      'K-002',
    ]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a case’s row deleted: its conflict has no cell and says why, the log says Not found and lists the case', async () => {
    // Conflicts only: nothing is written to the Audit sheet, yet where the cases are is read back.
    const { fixture, result, cleanSyncs, syncs } = await importRaced(false, (f) =>
      f.workbook.deleteRows('Audit', '6:6'),
    );
    const { workbook } = fixture;
    expect(result.updates).toEqual([]);
    const [k002, k004] = result.conflicts;
    expect([k002!.sheet, k002!.cell]).toEqual(['Audit', cellOf(workbook, 'case_type', 4)]);
    expect(k004).not.toHaveProperty('sheet');
    expect(k004).not.toHaveProperty('cell');
    expect(k004!.message).toMatch(
      /Ours is kept; .* Case K-004 is no longer in the Audit sheet: someone deleted its row or changed its Case ID while the import ran, so there is no cell to go to\.$/,
    );
    const log = workbook.getValues('Merge log', 'A13:I18');
    expect([log[0]![0], log[0]![4], log[0]![7]]).toEqual(['K-004', 'This workbook', 'Not found']);
    expect(workbook.getCell('Merge log', 'H13').formula).toBeNull();
    expect(log.slice(2).map((r) => r.slice(0, 4))).toEqual([
      ['Changed by others while importing (1)', '', '', ''],
      [expect.any(String), '', '', ''],
      ['Case ID', 'What happened', 'Cell here', 'Resolution'],
      [
        'K-004',
        'Case K-004 is no longer in the Audit sheet: someone deleted its row or changed its Case ID while the import ran, so there is no cell to go to. Its conflict with partner.xlsx above says Not found under Cell here: find out what happened to the case (put its row back if it was deleted by mistake), then compare its answers with partner.xlsx by hand.',
        '',
        '',
      ],
    ]);
    expect(workbook.getCell('Merge log', 'C18').formula).toBeNull();
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('the table sorted with only conflicts to place: the log’s links are corrected, and nothing else is added', async () => {
    const { fixture, result, cleanSyncs, syncs } = await importRaced(false, sortDescending);
    const { workbook } = fixture;
    // Descending: K-004 on row 4, K-002 on row 6.
    const [row4, row6] = [cellOf(workbook, 'case_type', 4), cellOf(workbook, 'case_type', 6)];
    expect(conflictCells(result)).toEqual([
      ['K-002', 'Audit', row6],
      ['K-004', 'Audit', row4],
    ]);
    expect(result.movedRows).toBeUndefined();
    expect(workbook.getValues('Merge log', 'H12:H14')).toEqual([[`Audit!${row6}`], [`Audit!${row4}`], ['']]);
    expect(workbook.getCell('Merge log', 'H12').formula).toBe(`=HYPERLINK("#Audit!${row6}","Audit!${row6}")`);
    expect(workbook.getValues('Merge log', 'A15:A16')).toEqual([[''], ['']]);
    const sheet = workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!;
    expect(sheet.tables.map((t) => t.name)).toEqual(['Merge_workbooks', 'Merge_conflicts']);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column inserted before the question’s, moving it: each conflict goes to its column now, in the result and the log', async () => {
    // The header row comes back with the Case ID column, in the same trip: case_type moves from G to H.
    const { fixture, result, plain, cleanSyncs, syncs } = await importRaced(false, (f) =>
      f.workbook.insertColumns('Audit', 'D:D'),
    );
    const { workbook } = fixture;
    const [row4, row6] = [cellOf(workbook, 'case_type', 4), cellOf(workbook, 'case_type', 6)];
    expect([row4, row6]).toEqual(['H4', 'H6']);
    // Without the header read back, the first trip's column: G, which is the Version column now.
    expect(conflictCells(plain)).toEqual([
      ['K-002', 'Audit', 'G4'],
      ['K-004', 'Audit', 'G6'],
    ]);
    expect(conflictCells(result)).toEqual([
      ['K-002', 'Audit', row4],
      ['K-004', 'Audit', row6],
    ]);
    expect(workbook.getValues('Audit', row6)).toEqual([['Contact/referral']]);
    const log = workbook.getValues('Merge log', 'A12:I13');
    expect(log.map((r) => [r[0], r[4], r[7]])).toEqual([
      ['K-002', `This workbook Audit!${row4}`, `Audit!${row4}`],
      ['K-004', `This workbook Audit!${row6}`, `Audit!${row6}`],
    ]);
    expect(workbook.getCell('Merge log', 'H12').formula).toBe(`=HYPERLINK("#Audit!${row4}","Audit!${row4}")`);
    // A cell corrected is not something a person must sort out: no section of what others changed.
    expect(workbook.getValues('Merge log', 'A15:A16')).toEqual([[''], ['']]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column inserted after the question’s: the conflicts keep their cells, in as many round trips as alone', async () => {
    const { fixture, result, plain, cleanSyncs, syncs } = await importRaced(false, (f) =>
      f.workbook.insertColumns('Audit', 'H:H'),
    );
    expect(conflictCells(result)).toEqual(conflictCells(plain));
    expect(fixture.workbook.getValues('Merge log', 'A15:A16')).toEqual([[''], ['']]);
    expect(syncs).toBe(cleanSyncs);
  });

  it('the question’s column deleted: its conflicts have no cell and say why, the log says Not found and lists the cases', async () => {
    const { fixture, result, cleanSyncs, syncs } = await importRaced(false, (f) =>
      f.workbook.deleteColumns('Audit', 'G:G'),
    );
    const { workbook } = fixture;
    const gone =
      'The case_type column is no longer in the Audit sheet: someone deleted it or changed its header while the import ran, so there is no cell to go to.';
    for (const conflict of result.conflicts) {
      expect(conflict).not.toHaveProperty('sheet');
      expect(conflict).not.toHaveProperty('cell');
      expect(conflict.notFound).toBe('column');
      expect(conflict.message.endsWith(` ${gone}`)).toBe(true);
    }
    const log = workbook.getValues('Merge log', 'A12:I18');
    expect(log.slice(0, 2).map((r) => [r[0], r[4], r[7]])).toEqual([
      ['K-002', 'This workbook', 'Not found'],
      ['K-004', 'This workbook', 'Not found'],
    ]);
    expect(workbook.getCell('Merge log', 'H12').formula).toBeNull();
    expect(log.slice(3).map((r) => r.slice(0, 3))).toEqual([
      ['Changed by others while importing (2)', '', ''],
      [expect.any(String), '', ''],
      ['Case ID', 'What happened', 'Cell here'],
      [
        'K-002',
        `${gone} Case K-002's conflict with partner.xlsx above says Not found under Cell here: find the column (put it back if it was deleted by mistake, or look under its new header), then compare the case's answer with partner.xlsx by hand.`,
        '',
      ],
    ]);
    expect(workbook.getValues('Merge log', 'A19:C19')).toEqual([
      ['K-004', expect.stringContaining(gone), ''],
    ]);
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a co-author who moves no row: the conflicts keep their cells, in as many round trips as alone', async () => {
    const { fixture, result, plain, cleanSyncs, syncs } = await importRaced(true, (f) =>
      f.coAuthor.addCases([{ caseId: 'K-006', auditor: 'Kim' }]),
    );
    expect(conflictCells(result)).toEqual(conflictCells(plain));
    expect(fixture.workbook.getValues('Merge log', 'A14:A15')).toEqual([[''], ['']]);
    expect(syncs).toBe(cleanSyncs);
  });
});

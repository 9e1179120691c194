import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import type { CellScalar } from '../../../src/excel-sim/model/parseInput';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { auditRows, type PlanningFixture } from './planningFixture';
import { auditOfFive, FIVE_CASES, merged, type RacedImport, raceImport } from './raceImport';

// The import reads the Audit table in one trip and writes in the next. A co-author who moves, inserts,
// deletes or renames a column in between must never get our values in another question's column: cells are
// written through their table columns by header, so a moved column is followed, and a change that leaves a
// column we write unfound (or rows of the wrong width to add) fails the write trip before anything is
// written, which the import returns as a refusal saying so. beforeSync plays the co-author, just before
// the import's write trip.

/** The partner's K-002 (blanks to fill here) and, when `add`, a case new here, P-001. */
async function partner(fixture: PlanningFixture, add: boolean): Promise<AuditSnapshot> {
  const { questionSet } = await readQuestionSet(fixture.workbook.host());
  const row = (caseId: string, caseType: string) => ({
    caseId,
    auditor: 'Pat',
    status: 'In progress' as const,
    answers: new Map<string, Answer>([
      ['case_type', caseType],
      ['auditor_comments', `Theirs for ${caseId}`],
    ]),
  });
  const rows = [row('K-002', 're_referral'), ...(add ? [row('P-001', 'contact')] : [])];
  return { label: 'partner.xlsx', questionSet: questionSet!, rows };
}

/** The import alone, then again with `coAuthor` acting just before its write trip; our trips counted. */
async function importRaced(
  add: boolean,
  coAuthor: (fixture: PlanningFixture) => void | Promise<void>,
): Promise<RacedImport> {
  const raced = await raceImport(
    async () => {
      const fixture = await auditOfFive(['K-003']);
      return { fixture, incoming: await partner(fixture, add) };
    },
    (f, trip) => (trip === 0 ? coAuthor(f) : undefined),
  );
  merged(raced.plain);
  return raced;
}

/** The Audit table's header and rows, A2:AE (31 columns) as set up, and one more for an inserted column. */
const everything = (f: PlanningFixture) => f.workbook.getValues('Audit', 'A2:AF8');

/**
 * Moves case_type (G) and auditor_comments (AE) into each other's place, header and answers, as a person
 * would by cutting and inserting columns: the table keeps its width, each question its own answers.
 */
async function swapColumns(f: PlanningFixture): Promise<void> {
  const block = f.workbook.getValues('Audit', 'A2:AE7');
  const swapped = block.map((row) => {
    const out = [...row] as CellScalar[];
    [out[6], out[30]] = [row[30] as CellScalar, row[6] as CellScalar];
    return out;
  });
  await f.workbook.setValues('Audit', 'A2', swapped);
}

/** A case's answers as the pane opens them (by header), for the questions the partner gave. */
async function answersOf(f: PlanningFixture, caseId: string): Promise<[Answer, Answer, number]> {
  const opened = await f.audit.openCase(caseId);
  return [
    opened.answers.get('case_type') ?? null,
    opened.answers.get('auditor_comments') ?? null,
    opened.version,
  ];
}

describe('a co-author changes the Audit table’s columns while an import writes', () => {
  it('two question columns swapped: new and filled cells land under their own questions, in as many trips', async () => {
    const { fixture, result, syncs, cleanSyncs } = await importRaced(true, swapColumns);
    if (result.kind !== 'merged') throw new Error(JSON.stringify(result.problems));
    const { workbook } = fixture;
    expect(workbook.getValues('Audit', 'G2:G2')).toEqual([['auditor_comments']]);
    expect(workbook.getValues('Audit', 'AE2:AE2')).toEqual([['case_type']]);
    // By the first trip's positions, P-001's comment would be under case_type and its type under comments.
    expect(await answersOf(fixture, 'P-001')).toEqual(['contact', 'Theirs for P-001', 0]);
    expect(workbook.getValues('Audit', 'G8:G8')).toEqual([['Theirs for P-001']]);
    expect(await answersOf(fixture, 'K-002')).toEqual(['re_referral', 'Theirs for K-002', 1]);
    // The case already answered here kept its answer, under its question.
    expect(await answersOf(fixture, 'K-003')).toEqual(['contact', null, 1]);
    expect(result.added.map((r) => r.caseId)).toEqual(['P-001']);
    expect(result).not.toHaveProperty('movedRows');
    expect(result).not.toHaveProperty('logNotAmended');
    expect(result.log).toBe('Merge log');
    expect(syncs).toBe(cleanSyncs);
  });

  it('a column inserted, with rows to add: nothing is written, and the refusal says why and what to do', async () => {
    const before = await auditOfFive(['K-003']);
    const { fixture, result, syncs, cleanSyncs } = await importRaced(true, (f) =>
      f.workbook.insertColumns('Audit', 'H:H'),
    );
    expect(result).toEqual({
      kind: 'refused',
      problems: [
        {
          sheet: 'Audit',
          cell: 'A2',
          message:
            'Nothing was written, because someone changed the columns of the Audit table while the import ran: a column was inserted or deleted (it has 32 columns, 31 when the import read it). Check its header row (put back a column deleted by mistake), then import partner.xlsx again: the import reads the table afresh.',
        },
      ],
    });
    // Excel refused the rows (as wide as the table was) before any write: the table is as the co-author
    // left it, with no row added, no blank filled, no Version raised and no Merge log.
    const expected = everything(before).map((row, i) => [
      ...row.slice(0, 7),
      i === 0 ? 'Column8' : '',
      ...row.slice(7, 31),
    ]);
    expect(everything(fixture)).toEqual(expected);
    expect(auditRows(fixture).map((r) => r.id)).toEqual(FIVE_CASES);
    expect(fixture.workbook.sheetNames()).not.toContain('Merge log');
    // One more trip, after the failure only, reads the header to tell.
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column deleted, with rows to add: refused likewise, nothing written', async () => {
    const { fixture, result } = await importRaced(true, (f) => f.workbook.deleteColumns('Audit', 'AD:AD'));
    expect(result.kind === 'refused' && result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining(
        'a column was inserted or deleted (it has 30 columns, 31 when the import read it)',
      ) as string,
    ]);
    expect(auditRows(fixture).map((r) => r.id)).toEqual(FIVE_CASES);
    expect(await answersOf(fixture, 'K-002')).toEqual([null, null, 0]);
    expect(fixture.workbook.sheetNames()).not.toContain('Merge log');
  });

  it('the header of a column it fills changed: refused, naming the column, with nothing written', async () => {
    const { fixture, result, syncs, cleanSyncs } = await importRaced(false, (f) =>
      f.workbook.setCell('Audit', 'AE2', 'comments'),
    );
    expect(result.kind === 'refused' && result.problems).toEqual([
      {
        sheet: 'Audit',
        cell: 'A2',
        message:
          'Nothing was written, because someone changed the columns of the Audit table while the import ran: the auditor_comments column is no longer there (deleted, or its header changed). Check its header row (put back a column deleted by mistake), then import partner.xlsx again: the import reads the table afresh.',
      },
    ]);
    // K-002's row: case_type, Auditor, Status and Version untouched, though they come before in the batch.
    expect(fixture.workbook.getValues('Audit', 'A4:G4')).toEqual([
      ['K-002', 'Sam', 'Not started', '', '', 0, ''],
    ]);
    expect(fixture.workbook.getValues('Audit', 'AE4')).toEqual([['']]);
    expect(fixture.workbook.sheetNames()).not.toContain('Merge log');
    expect(syncs).toBe(cleanSyncs + 1);
  });

  it('a column inserted with only blanks to fill: each cell goes under its header, in as many trips', async () => {
    const { fixture, result, syncs, cleanSyncs } = await importRaced(false, (f) =>
      f.workbook.insertColumns('Audit', 'D:D'),
    );
    if (result.kind !== 'merged') throw new Error(JSON.stringify(result.problems));
    expect(await answersOf(fixture, 'K-002')).toEqual(['re_referral', 'Theirs for K-002', 1]);
    expect(fixture.workbook.getValues('Audit', 'D4')).toEqual([['']]);
    expect(result.log).toBe('Merge log');
    expect(syncs).toBe(cleanSyncs);
  });
});

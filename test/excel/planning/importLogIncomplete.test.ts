import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import { SimWorkbook } from '../../../src/excel-sim';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { writeRestOfLog } from '../../../src/excel/planning/writeRestOfLog';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith, type PlanningFixture } from './planningFixture';

jest.setTimeout(60_000);

// A Merge log past the share of the write trip it may take (LOG_SHARED_BYTES: here 300 conflicts on a long
// free-text answer) is written in trips of its own after the import's rows. One of them failing (another
// import taking the sheet's name meanwhile, the sheet deleted or protected, Excel refusing) must not make
// the import look failed: its rows are in. It comes back merged, saying the log is incomplete.

const CONFLICTS = 300;
const ids = Array.from({ length: CONFLICTS }, (_, i) => `K-${String(i + 1).padStart(3, '0')}`);
const comment = (who: string, id: string) =>
  `${who} for ${id}: ${'seen at home with both parents. '.repeat(70)}`;

/** CONFLICTS cases, each with a long comment here that the partner's copy words differently. */
async function auditWithComments(): Promise<PlanningFixture> {
  const fixture = await planningWith([['Case ID'], ...ids.map((id) => [id])]);
  await fixture.audit.addCases(ids.map((caseId) => ({ caseId, auditor: 'Sam' })));
  await fixture.workbook.setValues(
    'Audit',
    'AE3',
    ids.map((id) => [comment('Ours', id)]),
  );
  return fixture;
}

/** The partner's copy: every case's comment differs, and one case is new here. */
async function partner(fixture: PlanningFixture): Promise<AuditSnapshot> {
  const { questionSet } = await readQuestionSet(fixture.workbook.host());
  const row = (caseId: string) => ({
    caseId,
    auditor: 'Pat',
    status: 'In progress' as const,
    answers: new Map([['auditor_comments', comment('Theirs', caseId)]]),
  });
  return { label: 'partner.xlsx', questionSet: questionSet!, rows: [...ids, 'P-001'].map(row) };
}

describe('a Merge log too big for the write trip, one of whose own trips fails', () => {
  it('another import takes its sheet’s name first: merged, the rows in, no log named, a problem saying why', async () => {
    const clean = await auditWithComments();
    const plain = await counted(clean.workbook, async () =>
      clean.planning.importAuditRows(await partner(clean)),
    );
    if (plain.result.kind !== 'merged') throw new Error(JSON.stringify(plain.result.problems));
    expect(plain.result.log).toBe('Merge log');
    const fixture = await auditWithComments();
    const incoming = await partner(fixture);
    let acted = false;
    const host = fixture.workbook.host({
      beforeSync: () => {
        // Once the write trip has added P-001, the next trip is the log's own.
        if (acted || !auditRows(fixture).some((r) => r.id === 'P-001')) return;
        acted = true;
        fixture.workbook.addSheet('Merge log');
      },
    });
    const result = await new AuditPlanning(host, { now: () => AUDIT_DAY }).importAuditRows(incoming);
    expect(acted).toBe(true);
    if (result.kind !== 'merged') throw new Error(JSON.stringify(result.problems));
    expect(result.added.map((r) => r.caseId)).toEqual(['P-001']);
    expect(result.conflicts).toHaveLength(CONFLICTS);
    expect(result.conflicts[0]).toMatchObject({ caseId: 'K-001', sheet: 'Audit', cell: 'AE3' });
    // Not "Recorded in the Merge log sheet": it holds none of this import.
    expect(result).not.toHaveProperty('log');
    expect(result.logNotAmended).toEqual({
      sheet: 'Merge log',
      cell: 'A1',
      message: expect.stringMatching(
        /^The import's rows were written, but its Merge log could not be written in full: Excel did not finish the request \(.+\)\. So the Merge log sheet may lack part of this import's record \(its conflicts, or what others changed\), or be another import's that took its name meanwhile\. The conflicts and any other cases listed here are the whole record: note them in the Merge log sheet by hand before you close the pane, since nothing else keeps this list\.$/,
      ) as string,
    });
    expect(auditRows(fixture).at(-1)).toEqual({ id: 'P-001', auditor: 'Pat', status: 'In progress' });
    expect(fixture.workbook.getValues('Merge log', 'A1:A2')).toEqual([[''], ['']]);
  });
});

describe('writeRestOfLog', () => {
  it('writes every batch, a trip each', async () => {
    const workbook = new SimWorkbook();
    const problem = await workbook.host().run(async (context) => {
      const batches = ['A1', 'A2'].map((cell) => (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem('Sheet1').getRange(cell).values = [[cell]];
      });
      return writeRestOfLog(context, 'Merge log', batches);
    });
    expect(problem).toBeUndefined();
    expect(workbook.getValues('Sheet1', 'A1:A2')).toEqual([['A1'], ['A2']]);
    expect(workbook.stats.syncs).toBe(2);
  });

  it('a batch failing with the sheet not there: no link, and the lead is asked to keep the record elsewhere', async () => {
    const workbook = new SimWorkbook();
    const problem = await workbook.host().run(async (context) =>
      writeRestOfLog(context, 'Merge log 2', [
        (c) => {
          c.workbook.worksheets.getItem('Merge log 2').getRange('A1').values = [['title']];
        },
      ]),
    );
    expect(problem).toEqual({
      message: expect.stringMatching(
        /^The import's rows were written, but its Merge log could not be written in full: Excel did not finish the request \(.+\)\. So there is no Merge log 2 sheet for this import\. .* note them in a new sheet by hand before you close the pane/,
      ) as string,
    });
  });

  it('a later batch failing: says part of it was written', async () => {
    const workbook = new SimWorkbook();
    const problem = await workbook.host().run(async (context) =>
      writeRestOfLog(context, 'Sheet1', [
        (c) => {
          c.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['title']];
        },
        (c) => {
          c.workbook.worksheets.getItem('Sheet1').getRange('A2:A3').values = [['one row for two']];
        },
      ]),
    );
    expect(problem).toMatchObject({ sheet: 'Sheet1', cell: 'A1' });
    expect(problem?.message).toMatch(/\(.+\) after writing part of it\. So the Sheet1 sheet may lack part/);
  });
});

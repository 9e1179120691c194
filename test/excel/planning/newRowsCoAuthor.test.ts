import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import { AuditWorkbookError } from '../../../src/excel/AuditWorkbookError';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { AUDIT_DAY, counted } from '../auditFixture';
import { auditRows, planningWith, type PlanningFixture } from './planningFixture';

// Drawing and importing add Audit rows as addCases does, so a co-author who adds one of the same cases
// between our read and our write (Excel on the web) must be caught the same way: the Case ID column comes
// back with the write, both rows stay, both cells are named. The simulator's beforeSync plays the co-author.

/**
 * Our planning session, with the co-author adding `caseId` just before our round trip number `at`
 * (counted across our runs); `syncs` counts ours, the co-author's left out.
 */
function racedBy(fixture: PlanningFixture, at: number, caseId: string) {
  let ours = 0;
  const host = fixture.workbook.host({
    beforeSync: () => {
      ours++;
      return ours === at ? fixture.coAuthor.addCases([{ caseId, auditor: 'Kim' }]) : undefined;
    },
  });
  return { planning: new AuditPlanning(host, { now: () => AUDIT_DAY }), syncs: () => ours };
}

const everyCase = { kind: 'total', size: 100 } as const;

async function partnerRows(fixture: PlanningFixture, ids: readonly string[]): Promise<AuditSnapshot> {
  const { questionSet } = await readQuestionSet(fixture.workbook.host());
  const rows = ids.map((caseId) => ({
    caseId,
    auditor: 'Pat',
    status: 'Complete' as const,
    answers: new Map([['auditor_comments', `Theirs for ${caseId}`]]),
  }));
  return { label: 'partner.xlsx', questionSet: questionSet!, rows };
}

describe('a co-author adds a case we are drawing', () => {
  it('between our read and our write: both rows stay, both cells are named, the draw is said to stand', async () => {
    const fixture = await planningWith();
    // Sync 1 reads the Audit Case IDs, sync 2 the Case list; before sync 3 (our rows) K-050 arrives.
    const error = await racedBy(fixture, 3, 'K-050')
      .planning.drawSample(everyCase, 'audit-2023', 'Lead')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditWorkbookError);
    const rows = auditRows(fixture);
    expect(rows).toHaveLength(101);
    expect(rows[0]).toEqual({ id: 'K-050', auditor: 'Kim', status: 'Not started' });
    const ours = rows.findIndex((r, i) => i > 0 && r.id === 'K-050');
    const cell = `A${ours + 3}`;
    expect((error as AuditWorkbookError).issues[0]).toMatchObject({ sheet: 'Audit', cell });
    const message = (error as Error).message;
    expect(message).toContain(
      `Case K-050 is now in Audit!A3 and Audit!${cell} (Audit!${cell} is the row just added`,
    );
    expect(message).toContain('recorded as sample 1 in the Samples table');
    // Opening the case is refused until a person sorts it out.
    await expect(fixture.audit.openCase('K-050')).rejects.toThrow(
      `Audit!A3 and Audit!${cell} both hold case K-050`,
    );
  });

  it('with allocation too, still in three round trips', async () => {
    const fixture = await planningWith();
    const { planning, syncs } = racedBy(fixture, 3, 'K-007');
    const result = await planning
      .drawSample(everyCase, 'audit-2023', 'Lead', { auditors: ['Ann', 'Bob'] })
      .catch((e: unknown) => e);
    expect((result as Error).message).toMatch(/^Someone else added a case to the Audit sheet/);
    expect((result as Error).message).toContain('Case K-007 is now in Audit!A3 and Audit!A');
    expect(syncs()).toBe(3);
    expect(
      auditRows(fixture)
        .filter((r) => r.id === 'K-007')
        .map((r) => r.auditor),
    ).toEqual(['Kim', expect.stringMatching(/^(Ann|Bob)$/)]);
  });

  it('a case nobody else added draws as before, in three round trips', async () => {
    const fixture = await planningWith();
    const { result, syncs } = await counted(fixture.workbook, () =>
      racedBy(fixture, 99, 'K-001').planning.drawSample(everyCase, 'audit-2023', 'Lead'),
    );
    expect(result.kind).toBe('drawn');
    expect(syncs).toBe(3);
    expect(new Set(auditRows(fixture).map((r) => r.id)).size).toBe(100);
  });
});

describe('a co-author adds a case we are importing', () => {
  it('the import stands and is logged; the case in two rows is returned with both cells', async () => {
    const fixture = await planningWith();
    const incoming = await partnerRows(fixture, ['P-001', 'P-002', 'P-003']);
    // A clean import's round trips, to compare: the read-back adds none.
    const clean = await planningWith();
    const plain = await counted(clean.workbook, () =>
      new AuditPlanning(clean.workbook.host(), { now: () => AUDIT_DAY }).importAuditRows(incoming),
    );
    expect(plain.result).toMatchObject({ kind: 'merged', log: 'Merge log' });
    expect(plain.result.kind === 'merged' && plain.result.inTwoRows).toBeUndefined();
    // The last trip writes the rows and the log (before it: the question set, then the Audit table).
    const raced = racedBy(fixture, plain.syncs, 'p-002');
    const result = await raced.planning.importAuditRows(incoming);
    // One more than the clean import: the Merge log records the case in two rows, as the pane says it.
    expect(raced.syncs()).toBe(plain.syncs + 1);
    if (result.kind !== 'merged') throw new Error(JSON.stringify(result.problems));
    expect(result.added.map((r) => r.caseId)).toEqual(['P-001', 'P-002', 'P-003']);
    expect(result.log).toBe('Merge log');
    expect(result.inTwoRows).toEqual([
      {
        sheet: 'Audit',
        cell: 'A5',
        message: expect.stringMatching(
          /^Case p-002 is now in Audit!A3 and Audit!A5 \(Audit!A5 is the row imported from partner\.xlsx\): someone else added it while the import ran\./,
        ) as string,
      },
    ]);
    // Nobody's row was dropped or overwritten: the co-author's first, then ours as imported.
    expect(auditRows(fixture)).toEqual([
      { id: 'p-002', auditor: 'Kim', status: 'Not started' },
      { id: 'P-001', auditor: 'Pat', status: 'Complete' },
      { id: 'P-002', auditor: 'Pat', status: 'Complete' },
      { id: 'P-003', auditor: 'Pat', status: 'Complete' },
    ]);
    expect(fixture.workbook.sheetNames()).toContain('Merge log');
    expect(fixture.workbook.getValues('Merge log', 'A12:D15')).toEqual([
      ['Changed by others while importing (1)', '', '', ''],
      [expect.stringMatching(/^Someone changed the Audit sheet/), '', '', ''],
      ['Case ID', 'What happened', 'Cell here', 'Resolution'],
      ['p-002', result.inTwoRows![0]!.message, 'Audit!A5', ''],
    ]);
    expect(fixture.workbook.getCell('Merge log', 'C15').formula).toBe('=HYPERLINK("#Audit!A5","Audit!A5")');
    await expect(fixture.audit.openCase('P-002')).rejects.toThrow('Audit!A3 and Audit!A5 both hold case');
  });
});

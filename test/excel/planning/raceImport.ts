import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import type { ImportResult } from '../../../src/excel/planning/importAuditRows';
import { AUDIT_DAY, counted } from '../auditFixture';
import { planningWith, type PlanningFixture } from './planningFixture';

export interface RacedImport {
  readonly fixture: PlanningFixture;
  readonly result: ImportResult;
  /** The same import's result with nobody else about. */
  readonly plain: ImportResult;
  /** Our round trips with the co-author about, and with nobody. */
  readonly syncs: number;
  readonly cleanSyncs: number;
}

/**
 * An import run twice on fresh workbooks from `setUp`: once with nobody else about, to count its round
 * trips, then with `coAuthor(fixture, trip)` acting before each of its trips from the write trip on (trip 0
 * is the write trip, 1 the next, e.g. the Merge log's amendment). The simulator's beforeSync plays the
 * co-author.
 */
export async function raceImport(
  setUp: () => Promise<{ fixture: PlanningFixture; incoming: AuditSnapshot }>,
  coAuthor: (fixture: PlanningFixture, trip: number) => void | Promise<void>,
): Promise<RacedImport> {
  const clean = await setUp();
  const plain = await counted(clean.fixture.workbook, () =>
    clean.fixture.planning.importAuditRows(clean.incoming),
  );
  const { fixture, incoming } = await setUp();
  let ours = 0;
  const host = fixture.workbook.host({
    beforeSync: () => {
      ours++;
      return ours >= plain.syncs ? coAuthor(fixture, ours - plain.syncs) : undefined;
    },
  });
  const result = await new AuditPlanning(host, { now: () => AUDIT_DAY }).importAuditRows(incoming);
  return { fixture, result, plain: plain.result, syncs: ours, cleanSyncs: plain.syncs };
}

/** The import's result, which the test expects to be merged. */
export function merged(result: ImportResult): Extract<ImportResult, { kind: 'merged' }> {
  if (result.kind !== 'merged') throw new Error(JSON.stringify(result.problems));
  return result;
}

/** The five cases the import race tests start from, on Audit rows 3 to 7 (header on row 2). */
export const FIVE_CASES = ['K-001', 'K-002', 'K-003', 'K-004', 'K-005'];

/** An audit of FIVE_CASES allocated to Sam, with `contacts` answered "contact" for case_type here. */
export async function auditOfFive(contacts: readonly string[] = []): Promise<PlanningFixture> {
  const fixture = await planningWith();
  await fixture.audit.addCases(FIVE_CASES.map((caseId) => ({ caseId, auditor: 'Sam' })));
  for (const caseId of contacts)
    await fixture.audit.saveAnswer({
      caseId,
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: 0,
      auditor: 'Sam',
    });
  return fixture;
}

/** Excel's sort moves whole rows: the five cases' rows, bottom to top. */
export async function sortDescending(f: PlanningFixture): Promise<void> {
  const header = f.workbook.getValues('Audit', 'A2:Z2')[0]!;
  const width = header.findIndex((v) => v === null || v === '');
  const last = String.fromCharCode(64 + (width < 0 ? 26 : width));
  const rows = f.workbook.getValues('Audit', `A3:${last}7`);
  await f.workbook.setValues('Audit', 'A3', [...rows].reverse());
}

/** partner.xlsx with Pat's comment for each of `ids`, In progress: blanks to fill here, no conflicts. */
export async function partnerComments(
  fixture: PlanningFixture,
  ids: readonly string[],
): Promise<AuditSnapshot> {
  const { questionSet } = await readQuestionSet(fixture.workbook.host());
  const rows = ids.map((caseId) => ({
    caseId,
    auditor: 'Pat',
    status: 'In progress' as const,
    answers: new Map([['auditor_comments', `Theirs for ${caseId}`]]),
  }));
  return { label: 'partner.xlsx', questionSet: questionSet!, rows };
}

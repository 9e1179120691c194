import type { SaveRequest } from '../../src/core/cases/CaseStore';
import { listCaseRows } from '../../src/excel/listCaseRows';
import { openCaseRow } from '../../src/excel/openCaseRow';
import { readProgress } from '../../src/excel/planning/readProgress';
import { saveCaseAnswer } from '../../src/excel/saveCaseAnswer';
import { setCaseStatus } from '../../src/excel/setCaseStatus';
import { AUDIT_DAY } from './auditFixture';
import { cmsId, FIVE_MB, type LargeAudit, largeAudit } from './largeAuditFixture';

const ROWS = 200_000;
const now = (): Date => AUDIT_DAY;
const request = (caseId: string, answer: string, baseVersion = 0): SaveRequest => ({
  caseId,
  question: 'auditor_comments',
  answer,
  previous: null,
  baseVersion,
  auditor: 'Jo',
});
/** Worksheet row of data row i: the header is on row 2. */
const rowOf = (i: number): number => i + 3;

async function measured<T>(audit: LargeAudit, action: () => Promise<T>) {
  audit.workbook.resetStats();
  const result = await action();
  return { result, ...audit.workbook.stats };
}

describe('an Audit table of 200,000 cases', () => {
  let audit: LargeAudit;
  beforeAll(async () => {
    audit = await largeAudit(ROWS, cmsId);
  }, 120_000);

  test('a case near the top saves in two round trips, to its own row', async () => {
    const s = await measured(audit, () =>
      saveCaseAnswer(audit.host, audit.codec, request(cmsId(99), 'Top'), now),
    );
    expect(s.result).toMatchObject({ kind: 'saved', version: 1 });
    expect(s.syncs).toBe(2);
    expect(s.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(audit.workbook.getCell('Audit', `G${rowOf(99)}`).value).toBe('Top');
    expect(audit.workbook.getCell('Audit', `C${rowOf(99)}`).value).toBe('In progress');
    expect(audit.workbook.getCell('Audit', `G${rowOf(98)}`).value).toBe('');
  });

  test('the last case saves in three round trips, under 5 MB each way, to its own row', async () => {
    const last = cmsId(ROWS - 1);
    const s = await measured(audit, () =>
      saveCaseAnswer(audit.host, audit.codec, request(last, 'Bottom'), now),
    );
    expect(s.result).toMatchObject({ kind: 'saved', version: 1 });
    expect(s.syncs).toBe(3);
    expect(s.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(s.largestRequestBytes).toBeLessThan(FIVE_MB);
    expect(audit.workbook.getCell('Audit', `A${rowOf(ROWS - 1)}`).value).toBe(last);
    expect(audit.workbook.getCell('Audit', `G${rowOf(ROWS - 1)}`).value).toBe('Bottom');
    expect(audit.workbook.getCell('Audit', `F${rowOf(ROWS - 1)}`).value).toBe(1);
    expect(audit.workbook.getCell('Audit', `G${rowOf(ROWS - 2)}`).value).toBe('');
  });

  test("far down, a co-author's change to the same answer is a conflict and is kept", async () => {
    const id = cmsId(150_000);
    await saveCaseAnswer(audit.host, audit.codec, request(id, 'Theirs'), now);
    const s = await measured(audit, () => saveCaseAnswer(audit.host, audit.codec, request(id, 'Mine'), now));
    expect(s.result).toMatchObject({ kind: 'conflict', theirs: 'Theirs', version: 1, savedBy: 'Jo' });
    expect(s.syncs).toBe(2); // Case IDs with the head rows, then the row's own cells; no write
    expect(audit.workbook.getCell('Audit', `G${rowOf(150_000)}`).value).toBe('Theirs');
  });

  test('open and set status find the last case and stay under 5 MB', async () => {
    const last = cmsId(ROWS - 1);
    const open = await measured(audit, () => openCaseRow(audit.host, audit.codec, last));
    expect(open.result.caseId).toBe(last);
    expect(open.result.answers.get('auditor_comments')).toBe('Bottom');
    expect(open.result.version).toBe(1);
    expect(open.syncs).toBe(2);
    expect(open.largestResponseBytes).toBeLessThan(FIVE_MB);
    const status = await measured(audit, () => setCaseStatus(audit.host, last, 'Complete', 'Jo', 1, now));
    expect(status.result).toMatchObject({ kind: 'saved', version: 2 });
    expect(status.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(audit.workbook.getCell('Audit', `C${rowOf(ROWS - 1)}`).value).toBe('Complete');
    const stale = await setCaseStatus(audit.host, last, 'In progress', 'Jo', 1, now);
    expect(stale).toMatchObject({ kind: 'conflict', theirs: 'Complete', version: 2 });
  });

  test('the case list is read in chunks under 5 MB, every case once, in sheet order', async () => {
    const list = await measured(audit, () => listCaseRows(audit.host));
    expect(list.result).toHaveLength(ROWS);
    expect(list.responseBytes).toBeGreaterThan(FIVE_MB); // so it really had to be split
    expect(list.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(list.syncs).toBeLessThanOrEqual(4);
    expect(list.result[ROWS - 1]).toMatchObject({ caseId: cmsId(ROWS - 1), status: 'Complete' });
    expect(list.result.every((c, i) => c.caseId === cmsId(i))).toBe(true);
  });

  test('the progress board counts every case, each response under 5 MB', async () => {
    const board = await measured(audit, () => readProgress(audit.host));
    expect(board.largestResponseBytes).toBeLessThan(FIVE_MB);
    expect(board.syncs).toBeLessThanOrEqual(3);
    // Earlier tests saved three cases (one of them now Complete); the rest are untouched.
    expect(board.result.summary).toMatchObject({
      sampled: ROWS,
      audited: 1,
      inProgress: 2,
      notStarted: ROWS - 3,
    });
    expect(board.result.summary.byAuditor).toHaveLength(20);
  });
});

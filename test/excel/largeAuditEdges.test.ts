import type { SaveRequest } from '../../src/core/cases/CaseStore';
import type { ExcelHost } from '../../src/excel/ExcelHost';
import { DECISION_ROWS } from '../../src/excel/findCaseRow';
import { listCaseRows } from '../../src/excel/listCaseRows';
import { saveCaseAnswer } from '../../src/excel/saveCaseAnswer';
import type { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { AUDIT_DAY } from './auditFixture';
import { cmsId, FIVE_MB, largeAudit } from './largeAuditFixture';

const now = (): Date => AUDIT_DAY;
const request = (caseId: string, answer: string): SaveRequest => ({
  caseId,
  question: 'auditor_comments',
  answer,
  previous: null,
  baseVersion: 0,
  auditor: 'Jo',
});

/** A session whose every sync is followed by `after(n)`: a person editing between the add-in's trips. */
function interrupted(workbook: SimWorkbook, after: (n: number) => void): ExcelHost {
  const inner = workbook.host();
  return {
    run: (batch) =>
      inner.run((context) => {
        const sync = context.sync.bind(context);
        let n = 0;
        context.sync = async <T>(value?: T): Promise<T> => {
          const result = await sync(value);
          after(++n);
          return result;
        };
        return batch(context);
      }),
  };
}

test('a Case ID twice, far apart in a long table, is refused with both cells and nothing is written', async () => {
  const rows = DECISION_ROWS + 10_000;
  const audit = await largeAudit(rows, (i) => (i === rows - 1 ? cmsId(4) : cmsId(i)));
  const result = await saveCaseAnswer(audit.host, audit.codec, request(cmsId(4), 'Seen'), now);
  expect(result.kind).toBe('failed');
  expect(JSON.stringify(result)).toContain('A7');
  expect(JSON.stringify(result)).toContain(`A${rows + 2}`);
  expect(audit.workbook.getCell('Audit', 'G7').value).toBe('');
  expect(audit.workbook.getCell('Audit', `G${rows + 2}`).value).toBe('');
});

test('rows moved between finding a far case and reading its row: nothing is written, the message says try again', async () => {
  const rows = DECISION_ROWS + 5_000;
  const audit = await largeAudit(rows, cmsId);
  const target = rows - 10;
  const host = interrupted(audit.workbook, (n) => {
    if (n === 1) audit.workbook.insertRows('Audit', '3:3');
  });
  const result = await saveCaseAnswer(host, audit.codec, request(cmsId(target), 'Seen'), now);
  expect(result.kind).toBe('failed');
  expect(JSON.stringify(result)).toMatch(/moved while case CMS-\d+ was being found.*Nothing was saved/);
  // The case's row (pushed down one) and the row it used to be on are both untouched.
  expect(audit.workbook.getCell('Audit', `A${target + 4}`).value).toBe(cmsId(target));
  expect(audit.workbook.getCell('Audit', `G${target + 4}`).value).toBe('');
  expect(audit.workbook.getCell('Audit', `G${target + 3}`).value).toBe('');
});

test('rows added between chunks of the case list stop it with a message rather than mixing rows', async () => {
  const audit = await largeAudit(120_000, cmsId);
  const host = interrupted(audit.workbook, (n) => {
    if (n === 1) audit.workbook.insertRows('Audit', '3:3');
  });
  await expect(listCaseRows(host)).rejects.toThrow(/Rows were added to or removed from the Audit table/);
});

test('Case IDs too long for one response: the refused read is asked again in chunks, and the save lands', async () => {
  // 150,000 IDs of 36 characters: ~6 MB as one column, over the limit.
  const id = (i: number): string => `${cmsId(i)}-${'x'.repeat(24)}`;
  const audit = await largeAudit(150_000, id);
  audit.workbook.resetStats();
  const result = await saveCaseAnswer(audit.host, audit.codec, request(id(149_990), 'Seen'), now);
  expect(result).toMatchObject({ kind: 'saved', version: 1 });
  expect(audit.workbook.stats.largestResponseBytes).toBeGreaterThan(FIVE_MB); // the refused first try
  expect(audit.workbook.getCell('Audit', 'G149993').value).toBe('Seen');
  expect(audit.workbook.getCell('Audit', 'G149992').value).toBe('');
  audit.workbook.resetStats();
  await saveCaseAnswer(audit.host, audit.codec, request(id(3), 'Also'), now);
  expect(audit.workbook.getCell('Audit', 'G6').value).toBe('Also');
});

import { auditWith } from '../auditFixture';
import { fillCases } from './findingsFixture';

const FIVE_MB = 5 * 1024 * 1024;

test('at 50,000 cases with long comments and an issue per case, no request or response passes 5 MB', async () => {
  const { workbook, audit } = await auditWith(50000);
  // 150 characters of comment per case: 7.5 MB of answers to read; and an answer where none applies in
  // every case, so the Data quality sheet has 50,000 rows to write.
  await fillCases(workbook, 50000, {
    change: (i, answers) => {
      answers.set(
        'auditor_comments',
        `Case ${i}: ${'recording was thorough and child-focused. '.repeat(4)}`.slice(0, 150),
      );
      if (answers.get('escalated') !== 'yes') answers.set('escalation_reason', 'Not escalated in the end');
    },
  });
  workbook.resetStats();
  const report = await audit.refreshFindings();
  expect(workbook.stats.largestRequestBytes).toBeLessThan(FIVE_MB);
  expect(workbook.stats.largestResponseBytes).toBeLessThan(FIVE_MB);
  expect(workbook.stats.responseBytes).toBeGreaterThan(FIVE_MB); // so the read really was split
  expect(workbook.stats.requestBytes).toBeGreaterThan(FIVE_MB); // and so were the writes
  expect(report.findings.cases.included).toBe(50000);
  const issues = report.findings.issues.length;
  expect(issues).toBeGreaterThanOrEqual(40000);
  const dq = workbook.snapshot().sheets.find((s) => s.name === 'Data quality')!;
  expect(dq.tables[0]!.range).toBe(`A4:E${4 + issues}`);
  expect(workbook.getCell('Data quality', `A${4 + issues}`).value).toBe(
    report.findings.issues.at(-1)!.caseId,
  );
}, 240000);

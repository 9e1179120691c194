import { expect, test } from '@playwright/test';
import { auditWith } from '../excel/auditFixture';
import { xlsxOf } from '../excel/planning/readAuditSnapshotWorkbook';
import { choose, pane, setUpWithCases, watch } from './steps';

// The lead of one organisation imports the Audit rows another organisation's auditors kept in their own
// copy: the file is chosen in the pane and read there; new cases arrive, blanks are filled, and a case
// answered differently in both is listed with a link to our cell, ours kept, and on the Merge log sheet.

/** The partner's copy, from the same template: DEMO-001 answered differently, DEMO-002 with a comment, P-001 new;
 * the demo cases have no auditor here, so theirs fills ours (2 cases filled in). */
async function partnerXlsx(): Promise<Buffer> {
  const { audit, workbook } = await auditWith(0);
  await audit.addCases(
    ['DEMO-001', 'DEMO-002', 'P-001'].map((caseId) => ({ caseId, auditor: 'Pat Partner' })),
  );
  const save = (caseId: string, question: string, answer: string) =>
    audit.saveAnswer({ caseId, question, answer, previous: null, baseVersion: 0, auditor: 'Pat Partner' });
  await save('DEMO-001', 'case_type', 're_referral');
  await save('DEMO-002', 'auditor_comments', 'Seen with the family');
  await save('P-001', 'case_type', 'contact');
  return Buffer.from(xlsxOf(workbook));
}

test('a lead imports a partner’s workbook: cases added, blanks filled, the conflict linked to our cell', async ({
  page,
}) => {
  // Nothing leaves the machine (watch counts any request off 127.0.0.1): the file is read in the pane.
  const problems = watch(page);
  const file = await partnerXlsx();
  await setUpWithCases(page);
  const p = pane(page);

  // Our auditor answers DEMO-001 as a contact.
  await p
    .getByRole('button', { name: /DEMO-001/ })
    .first()
    .click();
  await choose(p, 'Is this a contact/referral or a re-referral?', 'Contact/referral');
  await expect(p.getByText('All changes saved to the workbook.')).toBeVisible();

  await p.getByRole('tab', { name: 'Planning' }).click();
  const section = p.getByRole('region', { name: 'Import another workbook' });
  await section.getByLabel(/Their workbook/).setInputFiles({
    name: 'partner.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await section.getByRole('button', { name: 'Import rows' }).click();
  await expect(
    section.getByText(
      'From partner.xlsx: 1 case added, 2 cases filled in, 1 answer differs (ours kept, listed below).',
    ),
  ).toBeVisible();
  await expect(
    section.getByText(
      /Case DEMO-001, Is this a contact\/referral or a re-referral\?: Contact\/referral here, Re-referral in partner\.xlsx\./,
    ),
  ).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-conflict.png' });

  // The link goes to our cell, which still holds our answer; the new case and the filled comment are in.
  await section.getByRole('button', { name: /^Audit!/ }).click();
  const workbook = page.getByRole('main', { name: 'Simulated workbook' });
  const grid = workbook.getByRole('grid', { name: 'Sheet Audit' });
  await expect(grid.getByRole('row').filter({ hasText: 'DEMO-001' })).toContainText('Contact/referral');
  await expect(grid.getByRole('row').filter({ hasText: 'P-001' })).toContainText('Pat Partner');
  // DEMO-002's comment was filled (its column is off the grid's screen): the row moved to In progress.
  await expect(grid.getByRole('row').filter({ hasText: 'DEMO-002' })).toContainText('In progress');

  // The record stays in the workbook: the Merge log sheet, linked from the pane, lists the conflict.
  await expect(section.getByText(/Recorded in the Merge log sheet/)).toBeVisible();
  await section.getByRole('button', { name: 'Merge log', exact: true }).click();
  const log = workbook.getByRole('grid', { name: 'Sheet Merge log' });
  await expect(log.getByRole('row').filter({ hasText: 'DEMO-001' })).toContainText('partner.xlsx Audit!');
  await page.screenshot({ path: 'test-results/import-merge-log.png' });
  expect(problems).toEqual([]);
});

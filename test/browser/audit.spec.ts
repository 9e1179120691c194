import { expect, test, type Locator } from '@playwright/test';
import { choose, pane, question, setUpWithCases, watch } from './steps';

// An auditor's and a manager's steps in the preview, as they would take them in Excel: set up, open a case,
// answer (skip logic showing and hiding questions), see the answers land in the Audit sheet, mark the case
// complete, then refresh the findings and read a figure.

async function nextSection(scope: Locator) {
  await scope.getByRole('button', { name: 'Next section' }).click();
}

test('an auditor answers a case with skip logic and marks it complete; the answers are in the Audit sheet', async ({
  page,
}) => {
  const problems = watch(page);
  await setUpWithCases(page);
  const p = pane(page);
  await p
    .getByRole('button', { name: /DEMO-002/ })
    .first()
    .click();
  await expect(p.getByRole('heading', { name: /Case DEMO-002/ })).toBeVisible();

  await choose(p, 'Is this a contact/referral or a re-referral?', 'Contact/referral');
  // The Police question applies only to Police contacts: it appears and disappears with the source.
  const policeClear = 'Was the contact from the Police clearly recorded?';
  await expect(question(p, policeClear)).toHaveCount(0);
  await choose(p, 'Who made the contact or referral?', 'Police');
  await expect(question(p, policeClear)).toBeVisible();
  await choose(p, 'Who made the contact or referral?', 'School');
  await expect(question(p, policeClear)).toHaveCount(0);
  await choose(p, 'Who made the contact or referral?', 'Police');
  await choose(p, policeClear, 'Yes');
  await choose(p, 'Primary category of concern', 'Neglect');
  await p.getByLabel('Date and time the contact or referral was received').fill('2023-01-10T09:00');
  await p.getByLabel('Date and time it was screened').fill('2023-01-10T15:30');
  // The calculation is worked out from the answers: six and a half hours is within 24 hours.
  await expect(p.getByLabel('Screened within 24 hours')).toHaveValue(/yes/i);
  await expect(p.getByText('All changes saved to the workbook.')).toBeVisible();

  // A contact, not a re-referral: the previous-involvement section is skipped.
  await nextSection(p);
  await expect(p.getByRole('heading', { name: 'Front door and management oversight' })).toBeVisible();
  await choose(p, 'Were MASH checks completed?', 'No');
  await choose(p, 'Was management oversight recorded?', 'Yes');
  await choose(p, 'Did the oversight show analysis and rationale for the decision?', 'Yes');
  await choose(p, 'Was the application of threshold clear in response to the contact/referral?', 'Yes');
  await nextSection(p);
  await choose(p, 'Was a strategy discussion held?', 'Yes');
  await expect(question(p, 'Was it held within timescales?')).toBeVisible();
  await choose(p, 'Was a strategy discussion held?', 'No');
  await expect(question(p, 'Was it held within timescales?')).toHaveCount(0);
  await nextSection(p);
  await choose(p, 'Was the case recording child-focused?', 'Yes');
  await choose(p, 'Did acronyms make the record hard to follow?', 'No');
  await choose(p, 'Were siblings considered together?', 'Yes');
  await nextSection(p);
  await choose(p, 'Overall grade', 'Good');
  await choose(p, 'Was the case escalated for safeguarding concerns?', 'No');
  await expect(p.getByText('All changes saved to the workbook.')).toBeVisible();

  await p.getByRole('button', { name: 'Mark complete' }).click();
  await expect(p.getByText(/Status: Complete/)).toBeVisible();

  // The answers are in the case's own row of the Audit sheet, as labels.
  const workbook = page.getByRole('main', { name: 'Simulated workbook' });
  await workbook.getByRole('tab', { name: 'Audit', exact: true }).click();
  const grid = workbook.getByRole('grid', { name: 'Sheet Audit' });
  const row = grid.getByRole('row').filter({ hasText: 'DEMO-002' });
  await expect(row).toContainText('Complete');
  await expect(row).toContainText('Contact/referral');
  await expect(row).toContainText('Police');
  await expect(row).toContainText('Neglect');
  await expect(row).toContainText('Sam Auditor');
  await page.screenshot({ path: 'test-results/audit-case-complete.png' });

  // The manager refreshes the findings in the pane and reads the figure this case makes.
  await p.getByRole('tab', { name: 'Findings' }).click();
  await p.getByRole('button', { name: 'Refresh findings' }).click();
  await expect(p.getByText('1 of 5 case rows included (Complete cases only).')).toBeVisible();
  await expect(
    p.getByText(/1 \(100%\) of 1 cases audited were contacts\/referrals from the Police/),
  ).toBeVisible();
  await workbook.getByRole('tab', { name: 'Findings', exact: true }).click();
  await expect(workbook.getByRole('region', { name: /^Charts on / })).toBeVisible();
  await page.screenshot({ path: 'test-results/audit-findings.png' });
  expect(problems).toEqual([]);
});

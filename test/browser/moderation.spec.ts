import { expect, test, type Locator } from '@playwright/test';
import { choose, pane, question, setUpWithCases, watch } from './steps';

// The moderation round in the preview: an auditor completes a case, the lead draws every completed case for
// moderation, a moderator re-audits it in the Moderate tab without seeing the first answers and gives one
// different answer, and the lead's comparison shows that disagreement.

/** The first section's select questions, a Police contact about neglect. */
async function answerSelects(p: Locator) {
  await choose(p, 'Is this a contact/referral or a re-referral?', 'Contact/referral');
  await choose(p, 'Who made the contact or referral?', 'Police');
  await choose(p, 'Was the contact from the Police clearly recorded?', 'Yes');
  await choose(p, 'Primary category of concern', 'Neglect');
}

/** The later sections, the same every time but for MASH checks; then Mark complete. */
async function answerLaterSections(p: Locator, mashChecks: 'Yes' | 'No') {
  const next = () => p.getByRole('button', { name: 'Next section' }).click();
  await next();
  await choose(p, 'Were MASH checks completed?', mashChecks);
  await choose(p, 'Was management oversight recorded?', 'No');
  await choose(p, 'Was the application of threshold clear in response to the contact/referral?', 'Yes');
  await next();
  await choose(p, 'Was a strategy discussion held?', 'No');
  await next();
  await choose(p, 'Was the case recording child-focused?', 'Yes');
  await choose(p, 'Did acronyms make the record hard to follow?', 'No');
  await choose(p, 'Were siblings considered together?', 'Yes');
  await next();
  await choose(p, 'Overall grade', 'Good');
  await choose(p, 'Was the case escalated for safeguarding concerns?', 'No');
  await expect(p.getByText('All changes saved to the workbook.')).toBeVisible();
  await p.getByRole('button', { name: 'Mark complete' }).click();
  await expect(p.getByText('Marked complete in the workbook.')).toBeVisible();
}

test('a moderator re-audits a completed case without its first answers; the comparison shows the difference', async ({
  page,
}) => {
  const problems = watch(page);
  await setUpWithCases(page);
  const p = pane(page);

  // The first audit: MASH checks not completed.
  await p
    .getByRole('button', { name: /DEMO-002/ })
    .first()
    .click();
  await expect(p.getByRole('heading', { name: /Case DEMO-002/ })).toBeVisible();
  await answerSelects(p);
  await p.getByLabel('Date and time the contact or referral was received').fill('2023-01-10T09:00');
  await p.getByLabel('Date and time it was screened').fill('2023-01-10T15:30');
  await answerLaterSections(p, 'No');

  // The lead draws every completed case for moderation.
  await p.getByRole('tab', { name: 'Planning' }).click();
  await p.getByLabel('Share of completed cases to moderate (%)').fill('100');
  await p.getByLabel('Moderation seed').fill('moderation-1');
  await p.getByRole('button', { name: 'Draw cases to moderate' }).click();
  await expect(p.getByText(/1 of 1 completed/)).toBeVisible();

  // The moderator opens it: no first answers, no dates or free text, only the select questions.
  await p.getByRole('tab', { name: 'Moderate' }).click();
  const moderate = p.getByRole('region', { name: 'Moderate' });
  await moderate.getByRole('button', { name: 'DEMO-002', exact: true }).click();
  await expect(moderate.getByRole('heading', { name: /Case DEMO-002/ })).toBeVisible();
  await expect(
    question(moderate, 'Is this a contact/referral or a re-referral?').getByRole('radio', { checked: true }),
  ).toHaveCount(0);
  await expect(moderate.getByLabel('Date and time the contact or referral was received')).toHaveCount(0);
  await answerSelects(moderate);
  await answerLaterSections(moderate, 'Yes');
  await page.screenshot({ path: 'test-results/moderation-reaudit.png' });

  // The re-audit is in the Moderation sheet.
  const workbook = page.getByRole('main', { name: 'Simulated workbook' });
  await workbook.getByRole('tab', { name: 'Moderation', exact: true }).click();
  const row = workbook
    .getByRole('grid', { name: 'Sheet Moderation' })
    .getByRole('row')
    .filter({ hasText: 'DEMO-002' });
  await expect(row).toContainText('Complete');
  await expect(row).toContainText('Sam Auditor');

  // The lead compares: one disagreement, MASH checks.
  await p.getByRole('tab', { name: 'Planning' }).click();
  await p.getByRole('button', { name: 'Compare audits' }).click();
  await expect(
    p.getByText(
      /Case DEMO-002, Were MASH checks completed\?: the auditor answered No; Sam Auditor answered Yes\./,
    ),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/moderation-compare.png' });
  expect(problems).toEqual([]);
});

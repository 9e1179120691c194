import { expect, type Locator, type Page } from '@playwright/test';

// The steps every scenario in the preview takes the same way, so each spec reads as the user's own story.

/** Console errors, uncaught exceptions and any request that leaves this machine, collected per page. */
export function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.hostname !== '127.0.0.1') problems.push(`network: ${request.url()}`);
  });
  return problems;
}

/** Set up the audit, add the demo cases and give the auditor's name, as a first-time user does. */
export async function setUpWithCases(page: Page, auditor = 'Sam Auditor'): Promise<void> {
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  await page.getByRole('button', { name: 'Add demo cases' }).click();
  const name = page.getByRole('textbox', { name: /your name/i });
  await name.fill(auditor);
  await name.press('Enter');
}

/** The pane, so that the workbook grid's cells never match a question's text. */
export const pane = (page: Page): Locator => page.getByRole('complementary', { name: 'Task pane' });

/** A question's radio group, found by its label. */
export const question = (scope: Locator, label: string): Locator =>
  scope.getByRole('radiogroup', { name: label });

export async function choose(scope: Locator, label: string, choice: string): Promise<void> {
  await question(scope, label).getByRole('radio', { name: choice, exact: true }).check();
}

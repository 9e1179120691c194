import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { pane, watch } from './steps';

async function accessibilityViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (tabster) adds aria-hidden focusable <i> guards that hand focus straight on;
  // axe cannot know that, so they are left out. Everything of ours is checked.
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

test('the preview sets up an audit in the simulated workbook', async ({ page }) => {
  const problems = watch(page);
  await page.goto('preview.html');
  await expect(page.getByText('Preview on a simulated workbook.')).toBeVisible();
  const setUp = page.getByRole('button', { name: 'Set up audit' });
  await expect(setUp).toBeVisible();
  expect(await accessibilityViolations(page)).toEqual([]);

  await setUp.click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  const auditTab = page.getByRole('tab', { name: 'Audit', exact: true });
  // Set-up activates the Audit sheet, as Excel shows a sheet an add-in activates: no click needed.
  await expect(auditTab).toHaveAttribute('aria-selected', 'true');
  const grid = page.getByRole('grid', { name: 'Sheet Audit' });
  await expect(grid.getByRole('gridcell', { name: 'Case ID', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: 'Saved by', exact: true })).toBeVisible();

  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/preview-set-up.png' });
  expect(problems).toEqual([]);
});

test("the pane's views fit Excel's narrowest task pane (320 px)", async ({ page }) => {
  const problems = watch(page);
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  const taskPane = pane(page);
  await taskPane.evaluate((el) => {
    el.style.flex = '0 0 320px';
    el.style.width = el.style.minWidth = el.style.maxWidth = '320px';
  });
  const views = taskPane.getByRole('tablist', { name: 'Task pane views' });
  await expect(views.getByRole('tab', { name: 'Moderate' })).toBeVisible();
  const { scroll, client } = await views.evaluate((el) => ({
    scroll: el.scrollWidth,
    client: el.clientWidth,
  }));
  expect(scroll).toBeLessThanOrEqual(client);
  expect(problems).toEqual([]);
});

test('clicking a case row in the workbook opens that case in the pane', async ({ page }) => {
  const problems = watch(page);
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  await page.getByRole('button', { name: 'Add demo cases' }).click();
  await page.getByRole('tab', { name: 'Audit', exact: true }).click();
  const grid = page.getByRole('grid', { name: 'Sheet Audit' });
  await expect(grid.getByRole('gridcell', { name: 'DEMO-003', exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: /Your name/ }).fill('Demo Auditor');
  await page.keyboard.press('Enter');
  await grid.getByRole('gridcell', { name: 'DEMO-003', exact: true }).click();
  await expect(
    page.getByRole('complementary', { name: 'Task pane' }).getByText('DEMO-003').first(),
  ).toBeVisible();
  await expect(grid.locator('td[aria-selected="true"]')).toHaveText('DEMO-003');

  expect(await accessibilityViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/preview-case.png' });
  expect(problems).toEqual([]);
});

test('refreshed findings show their charts beside the grid', async ({ page }) => {
  const problems = watch(page);
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  await page.getByRole('button', { name: 'Add demo cases' }).click();
  await page.getByRole('button', { name: 'Refresh findings' }).click();
  // The sheet tab, not the pane's Findings tab.
  const workbook = page.getByRole('main', { name: 'Simulated workbook' });
  await workbook.getByRole('tab', { name: 'Findings', exact: true }).click();
  const charts = page.getByRole('region', { name: /^Charts on / });
  await expect(charts).toBeVisible();
  await expect(charts.getByRole('img').first()).toBeVisible();
  // Column A holds the indicator sentences: the add-in widens it, and the grid shows the width.
  const findings = page.getByRole('grid', { name: 'Sheet Findings' });
  const widthOf = async (letter: string) =>
    (await findings.getByRole('columnheader', { name: letter, exact: true }).boundingBox())?.width ?? 0;
  expect(await widthOf('B')).toBeGreaterThan(40);
  expect(await widthOf('A')).toBeGreaterThan(2 * (await widthOf('B')));
  // The title is wider than column A and runs over the empty cells beside it, as in Excel.
  const title = findings.locator('td[data-address="A1"]');
  expect((await title.locator('div').boundingBox())?.width ?? 0).toBeGreaterThan(await widthOf('A'));
  await page.screenshot({ path: 'test-results/preview-findings.png' });
  expect(problems).toEqual([]);
});

test('reset gives an empty workbook again', async ({ page }) => {
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByRole('tab', { name: 'Audit', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reset workbook' }).click();
  await expect(page.getByRole('tab', { name: 'Audit', exact: true })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Sheet1' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up audit' })).toBeEnabled();
});

test('the dark theme follows the browser and stays accessible', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('preview.html');
  await page.getByRole('button', { name: 'Set up audit' }).click();
  await expect(page.getByText('Audit set up.')).toBeVisible();
  const pane = page.getByRole('complementary', { name: 'Task pane' }).locator('> div');
  const background = await pane.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  expect(await accessibilityViolations(page)).toEqual([]);
  await context.close();
});

test('taskpane.html outside Excel says where to open it', async ({ page }) => {
  // No network here: stand in for the office.js CDN with an empty script, as a blocked CDN would leave it.
  await page.route('https://appsforoffice.microsoft.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  await page.goto('taskpane.html');
  await expect(page.getByText('Open this page inside Excel.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'preview.html' })).toBeVisible();
});

/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { drawSample } from '../../../src/core/sampling/drawSample';
import { drawRecordedError } from '../../../src/excel/planning/drawRecordedError';
import { formatRefreshedAt } from '../../../src/ui/findings/formatRefreshedAt';
import { workbookError } from './workbookError';
import { DRAWN_AT, LEAD, caseList } from './planningFixture';
import { IN_AUDIT, renderPlanningPanel } from './renderPlanningPanel';

// A ceiling for a shared, busy machine (the whole pane renders per test), not a timing target.
jest.setTimeout(60_000);

const draw = () => screen.getByRole('button', { name: 'Draw sample' });
const section = (name: string) => screen.getByRole('region', { name });

describe('PlanningPanel: case list check', () => {
  it('says how many cases and which columns when the list is clean', async () => {
    const { user } = renderPlanningPanel();
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    expect(
      await screen.findByText(
        '12 cases in the Case list, with the columns Case ID, Case type, Family ref. No missing or repeated Case IDs.',
      ),
    ).toBeInTheDocument();
  });

  it('lists missing and repeated Case IDs with their cells, and a click selects the cell', async () => {
    const list = caseList([
      ['C002', 'Contact', ''],
      [null, 'Contact', 'F9'],
    ]);
    const { user, props } = renderPlanningPanel({ onCheckCaseList: () => Promise.resolve(list) });
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    const bar = await screen.findByText(`${list.issues.length} problems in the Case list`);
    const links = within(bar.closest('[role="group"]') ?? section('Case list')).getAllByRole('button', {
      name: /^Case list!/,
    });
    expect(links.map((l) => l.textContent)).toEqual(list.issues.map((i) => `Case list!${i.cell}`));
    // The missing ID is on row 15 (header, 12 cases, the repeat): its link goes to its Case ID cell.
    await user.click(screen.getByRole('button', { name: 'Case list!A15' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Case list', 'A15');
    expect(screen.getByText(/Row 15 has no Case ID: fill in A15 or delete the row\./)).toBeInTheDocument();
  });

  it('says what to do when the sheet cannot be read', async () => {
    const { user } = renderPlanningPanel({
      onCheckCaseList: () =>
        Promise.reject(workbookError('Case list', '', 'There is no "Case list" sheet. Add one.')),
    });
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    expect(await screen.findByText('The Case list was not checked')).toBeInTheDocument();
    expect(screen.getByText(/There is no "Case list" sheet\. Add one\./)).toBeInTheDocument();
  });
});

describe('PlanningPanel: draw sample', () => {
  it('draws a number of cases with a new seed, then shows the stored record', async () => {
    const { user, props, workbook } = renderPlanningPanel();
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to draw' }), '5');
    await user.click(within(section('Draw sample')).getByRole('button', { name: 'New seed' }));
    expect(screen.getByRole('textbox', { name: /^Seed/ })).toHaveValue('test-seed-1');
    await user.click(draw());
    expect(props.onDrawSample).toHaveBeenCalledWith({ kind: 'total', size: 5 }, 'test-seed-1', LEAD);

    const expected = drawSample(workbook.list.cases, { kind: 'total', size: 5 }, 'test-seed-1', {
      now: DRAWN_AT,
      alreadyInAudit: IN_AUDIT,
    });
    if (expected.kind !== 'drawn') throw new Error('the fixture draw was refused');
    const record = await screen.findByLabelText('Stored sample record');
    const pairs = [...record.querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]);
    expect(Object.fromEntries(pairs)).toMatchObject({
      Sample: 'number 1 in the Samples table',
      Seed: 'test-seed-1',
      Method: expected.method,
      Population: '12 cases in the Case list',
      Drawn: formatRefreshedAt(DRAWN_AT),
      'Drawn by': LEAD,
      Algorithm: expected.algorithm,
    });
    expect(
      screen.getByText(
        `Drew 5 cases: ${expected.newCaseIds.length} added to the Audit sheet as Not started` +
          (expected.alreadyInAudit.length > 0
            ? `, ${expected.alreadyInAudit.length} were already there.`
            : '.'),
      ),
    ).toBeInTheDocument();
  });

  it('draws a number from each value of the chosen column, offering the values with their counts', async () => {
    const { user, props } = renderPlanningPanel();
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    await screen.findByText(/12 cases in the Case list/);
    await user.click(screen.getByRole('radio', { name: 'A number from each value of a column' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column to draw by' }), 'Case type');
    await user.type(screen.getByRole('textbox', { name: 'Contact (6 cases)' }), '2');
    await user.type(screen.getByRole('textbox', { name: 'Re-referral (6 cases)' }), '3');
    await user.type(screen.getByRole('textbox', { name: /^Seed/ }), 'audit-2024');
    await user.click(draw());
    expect(props.onDrawSample).toHaveBeenCalledWith(
      { kind: 'perGroup', column: 'Case type', sizes: { Contact: 2, 'Re-referral': 3 } },
      'audit-2024',
      LEAD,
    );
    expect(await screen.findByText(/^Drew 5 cases/)).toBeInTheDocument();
  });

  it('says a draw stands when its check failed after it was recorded, rather than "not drawn"', async () => {
    // As src/excel/planning throws it when a co-author added one of the drawn cases meanwhile.
    const stood = drawRecordedError(
      'Audit',
      'A9',
      'Case C005 is now in Audit!A3 and Audit!A9. The draw itself stands: it is recorded as sample 4 in the Samples table.',
      4,
    );
    const failed = new Error('RichApi.Error: busy');
    const outcomes = [stood, failed];
    const { user, props } = renderPlanningPanel({ onDrawSample: () => Promise.reject(outcomes.shift()!) });
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to draw' }), '5');
    await user.type(screen.getByRole('textbox', { name: /^Seed/ }), 'x');
    await user.click(draw());
    expect(
      await screen.findByText('The sample was drawn and recorded as sample 4, but needs a check'),
    ).toBeInTheDocument();
    expect(screen.queryByText('The sample was not drawn')).not.toBeInTheDocument();
    expect(screen.getByText(/Do not draw again/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Audit!A9' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Audit', 'A9');
    // Any other failure is still said as not drawn.
    await user.click(draw());
    expect(await screen.findByText('The sample was not drawn')).toBeInTheDocument();
    expect(screen.queryByText(/recorded as sample 4, but needs a check/)).not.toBeInTheDocument();
  });

  it('refuses what the core refuses, with its message, and adds nothing', async () => {
    const { user } = renderPlanningPanel();
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to draw' }), '50');
    await user.type(screen.getByRole('textbox', { name: /^Seed/ }), 'x');
    await user.click(draw());
    expect(await screen.findByText('The sample was not drawn')).toBeInTheDocument();
    expect(screen.getByText(/The Case list has 12 cases, fewer than the 50 asked for/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Stored sample record')).not.toBeInTheDocument();
  });

  it('asks for a whole number and a seed before asking the workbook', async () => {
    const { user, props } = renderPlanningPanel();
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to draw' }), '8.5');
    await user.click(draw());
    expect(
      screen.getByText(/Enter how many cases to draw as a whole number of 1 or more, not "8\.5"\./),
    ).toBeInTheDocument();
    expect(screen.getByText('Enter a seed, or choose New seed.')).toBeInTheDocument();
    expect(props.onDrawSample).not.toHaveBeenCalled();
  });

  it('re-draws and checks: the same sample, then a different one once the Case list has changed', async () => {
    const { user, props, workbook } = renderPlanningPanel();
    await user.type(screen.getByRole('textbox', { name: 'Number of cases to draw' }), '4');
    await user.type(screen.getByRole('textbox', { name: /^Seed/ }), 'check-me');
    await user.click(draw());
    await user.click(await screen.findByRole('button', { name: 'Re-draw and check' }));
    expect(props.onVerifySample).toHaveBeenCalledWith(1);
    expect(await screen.findByText(/Sample 1 checks out/)).toBeInTheDocument();

    workbook.list = caseList([['C000', 'Contact', '']]);
    await user.click(screen.getByRole('button', { name: 'Re-draw and check' }));
    expect(await screen.findByText(/Sample 1 does not re-draw the same/)).toBeInTheDocument();
    expect(
      screen.getByText('The Case list now has 13 cases; the sample was drawn from 12.'),
    ).toBeInTheDocument();
  });
});

/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { caseIdsOf } from '../../../src/core/findings/caseIdsOf';
import { fixtureFindings } from './findingsFixture';
import { renderFindingsPanel } from './renderFindingsPanel';

// Fluent renders slowly in jsdom on a shared machine; these tests judge behaviour, not speed.
jest.setTimeout(30_000);

async function refreshed() {
  const view = renderFindingsPanel();
  await view.user.click(screen.getByRole('button', { name: 'Refresh findings' }));
  await screen.findByText(/re-referrals came within 0-3 months/);
  return view;
}

const indicatorButton = () => screen.getByRole('button', { name: /re-referrals came within 0-3 months/ });

describe('FindingsPanel drill-down', () => {
  it('lists the cases counted and not counted by an indicator, chosen with the keyboard', async () => {
    const { user } = await refreshed();
    indicatorButton().focus();
    await user.keyboard('{Enter}');

    expect(indicatorButton()).toHaveAttribute('aria-expanded', 'true');
    const region = screen.getByRole('region', { name: /Cases behind: re-referrals came within 0-3 months/ });
    expect(indicatorButton()).toHaveAttribute('aria-controls', region.id);
    expect(within(region).getByText('Counted: 2 cases of 4')).toBeInTheDocument();
    expect(within(region).getByText('C-001, C-003')).toBeInTheDocument();
    expect(within(region).getByText('Not counted: 2 cases of 4')).toBeInTheDocument();
    expect(within(region).getByText('C-002, C-005')).toBeInTheDocument();

    await user.keyboard(' ');
    expect(screen.queryByRole('region', { name: /Cases behind/ })).not.toBeInTheDocument();
  });

  it('lists exactly the ids the engine gives for the figure', async () => {
    const { user } = await refreshed();
    await user.click(indicatorButton());
    const findings = fixtureFindings();
    const counted = caseIdsOf(findings, findings.indicators[0]!.numerator);
    expect(screen.getByText(counted.join(', '))).toBeInTheDocument();
  });

  it('selects the cases behind a figure in the Audit sheet, and says so', async () => {
    const { user, props } = await refreshed();
    await user.click(indicatorButton());
    const buttons = screen.getAllByRole('button', { name: 'Select these cases in the Audit sheet' });
    await user.click(buttons[1]!);
    expect(props.onSelectCases).toHaveBeenCalledWith(['C-002', 'C-005']);
    expect(await screen.findByText('Selected 2 in the Audit sheet.')).toBeInTheDocument();
  });

  it('says when the cases could not be selected', async () => {
    const { user } = renderFindingsPanel({
      onSelectCases: () => Promise.reject(new Error('The Audit sheet is protected.')),
    });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    await user.click(await screen.findByRole('button', { name: /re-referrals came within/ }));
    await user.click(screen.getAllByRole('button', { name: 'Select these cases in the Audit sheet' })[0]!);
    expect(await screen.findByText(/The cases were not selected\./)).toHaveTextContent(
      /The Audit sheet is protected\..*Try again/,
    );
  });

  it('opens a question table and lists the cases behind a choice and behind missing', async () => {
    const { user, props } = await refreshed();
    await user.click(screen.getByRole('button', { name: /Months since last involvement \(3 answered\)/ }));
    const table = screen.getByRole('table', { name: 'Months since last involvement: answers' });
    const cells = (label: string) =>
      within(within(table).getByText(label).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('0-3 months')).toEqual(['0-3 months', '2', '67%']);
    expect(cells('4-12 months')).toEqual(['4-12 months', '1', '33%']);
    expect(cells('Missing (% of applicable)')).toEqual(['Missing (% of applicable)', '1', '25%']);
    expect(cells('Not applicable (% of included)')).toEqual(['Not applicable (% of included)', '1', '20%']);

    await user.click(
      within(table).getByRole('button', { name: '1: cases behind Missing (% of applicable)' }),
    );
    const region = screen.getByRole('region', {
      name: /Cases behind: Months since last involvement: Missing/,
    });
    expect(within(region).getByText('C-005')).toBeInTheDocument();
    await user.click(within(region).getByRole('button', { name: 'Select these cases in the Audit sheet' }));
    expect(props.onSelectCases).toHaveBeenLastCalledWith(['C-005']);

    // One figure open at a time: choosing a choice closes the missing list.
    await user.click(within(table).getByRole('button', { name: '2: cases behind 0-3 months' }));
    expect(screen.getAllByRole('region', { name: /Cases behind/ })).toHaveLength(1);
    expect(screen.getByText('C-001, C-003')).toBeInTheDocument();
  });
});

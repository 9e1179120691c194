/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseSummary } from '../../../src/core/cases/CaseStore';
import { CasePicker } from '../../../src/ui/capture/CasePicker';

jest.setTimeout(30_000);

const cases: CaseSummary[] = [
  { caseId: 'SCC-101', auditor: 'Ada', status: 'Complete', lastSaved: '' },
  { caseId: 'SCC-102', auditor: 'Ben', status: 'In progress', lastSaved: '' },
  { caseId: 'SCC-201', auditor: 'ada ', status: 'Not started', lastSaved: '' },
  { caseId: 'SCC-202', auditor: 'Ada', status: 'In progress', lastSaved: '' },
];

function renderPicker(caseId: string | null) {
  const picked: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <CasePicker cases={cases} caseId={caseId} auditor="Ada" onPickCase={(id) => picked.push(id)} />
    </FluentProvider>,
  );
  const listed = () =>
    within(screen.getByRole('list', { name: 'Matching cases' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
  return { picked, listed, user: userEvent.setup() };
}

describe('CasePicker', () => {
  it('searches by Case ID and filters to mine and not complete', async () => {
    const { listed, user } = renderPicker(null);
    expect(listed()).toEqual(['SCC-101', 'SCC-102', 'SCC-201', 'SCC-202']);
    await user.type(screen.getByRole('searchbox', { name: 'Find by Case ID' }), 'scc-2');
    expect(listed()).toEqual(['SCC-201', 'SCC-202']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find by Case ID' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mine' }));
    expect(listed()).toEqual(['SCC-101', 'SCC-201', 'SCC-202']);
    await user.click(screen.getByRole('checkbox', { name: 'Not complete' }));
    expect(listed()).toEqual(['SCC-201', 'SCC-202']);
    await user.type(screen.getByRole('searchbox', { name: 'Find by Case ID' }), '999');
    expect(screen.getByText('No cases match. Clear the search or the filters.')).toBeInTheDocument();
  });

  it('steps to the next and previous case among those listed', async () => {
    const { picked, user } = renderPicker('SCC-102');
    expect(screen.getByText('Case 2 of 4')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'SCC-102' })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    await user.click(screen.getByRole('button', { name: 'Previous case' }));
    await user.click(screen.getByRole('checkbox', { name: 'Not complete' }));
    expect(screen.getByText('Case 1 of 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Previous case' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'SCC-202' }));
    expect(picked).toEqual(['SCC-201', 'SCC-101', 'SCC-202']);
  });

  it('starts from the first listed case when none is open', async () => {
    const { picked, user } = renderPicker(null);
    await user.click(screen.getByRole('button', { name: 'Next case' }));
    expect(picked).toEqual(['SCC-101']);
  });
});

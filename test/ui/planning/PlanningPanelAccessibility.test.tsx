/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { renderPlanningPanel } from './renderPlanningPanel';

// A ceiling for a shared, busy machine (the whole pane renders per test), not a timing target.
jest.setTimeout(90_000);

const section = (name: string) => within(screen.getByRole('region', { name }));

describe('PlanningPanel accessibility', () => {
  it('names each step as a region with a heading', () => {
    renderPlanningPanel();
    const titles = [
      'Case list',
      'Draw sample',
      'Not audited',
      'Allocate',
      'Progress',
      'Moderation',
      'Import another workbook',
    ];
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(titles);
    for (const title of titles)
      expect(screen.getByRole('region', { name: title })).toContainElement(
        screen.getByRole('heading', { name: title }),
      );
  });

  it('is reachable by keyboard: Tab to a step’s button and Enter runs it', async () => {
    const { user, props } = renderPlanningPanel();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Check case list' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(props.onCheckCaseList).toHaveBeenCalledTimes(1);
    await screen.findByText(/12 cases in the Case list/);
    // On to the draw: the mode radios, the number, the seed and New seed, then Draw sample.
    await user.tab();
    expect(screen.getByRole('radio', { name: 'A number of cases' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Number of cases to draw' })).toHaveFocus();
    await user.keyboard('3');
    await user.tab();
    await user.tab();
    expect(section('Draw sample').getByRole('button', { name: 'New seed' })).toHaveFocus();
    await user.keyboard(' ');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Draw sample' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(props.onDrawSample).toHaveBeenCalledWith(
      { kind: 'total', size: 3 },
      'test-seed-1',
      expect.any(String),
    );
  });

  it('has no violations axe can find with every step showing its results', async () => {
    const { user, container } = renderPlanningPanel();
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    await screen.findByText(/12 cases in the Case list/);
    await user.click(screen.getByRole('radio', { name: 'A number from each value of a column' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column to draw by' }), 'Case type');
    await user.type(screen.getByRole('textbox', { name: 'Contact (6 cases)' }), '2');
    await user.click(section('Draw sample').getByRole('button', { name: 'New seed' }));
    await user.click(screen.getByRole('button', { name: 'Draw sample' }));
    await user.click(await screen.findByRole('button', { name: 'Re-draw and check' }));
    await screen.findByText(/checks out/);
    await user.click(section('Not audited').getByRole('button', { name: 'Mark not audited' }));
    await user.type(
      section('Allocate').getByRole('textbox', { name: 'Auditors, one a line' }),
      'Ann{Enter}Bob',
    );
    await user.click(section('Allocate').getByRole('button', { name: 'Allocate' }));
    await screen.findByRole('table', { name: 'Cases per auditor' });
    await user.click(screen.getByRole('button', { name: 'Show progress' }));
    await screen.findByRole('table', { name: 'Progress by auditor' });
    await user.click(section('Moderation').getByRole('button', { name: 'New seed' }));
    await user.click(screen.getByRole('button', { name: 'Draw cases to moderate' }));
    await user.click(screen.getByRole('button', { name: 'Compare audits' }));
    await user.click(await screen.findByRole('button', { name: 'Ann: by question' }));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

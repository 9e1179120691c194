/** @jest-environment jsdom */
import { act, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import type { RefreshOptions, RefreshResult } from '../../../src/ui/findings';
import { refreshResult, renderFindingsPanel } from './renderFindingsPanel';

// Fluent renders slowly in jsdom on a shared machine; these tests judge behaviour, not speed.
jest.setTimeout(30_000);

const SENTENCE = '2 (50%) of 4 re-referrals came within 0-3 months';

/** Runs f inside act and lets the pane's awaits after it finish. */
async function settle(f: () => void) {
  await act(async () => {
    f();
    await Promise.resolve();
  });
}

/** A refresh the test finishes by hand, so what the pane shows on the way can be checked. */
function heldRefresh() {
  const held: { options?: RefreshOptions; finish: (r: RefreshResult) => void; fail: (e: unknown) => void } = {
    finish: () => {},
    fail: () => {},
  };
  const onRefresh = jest.fn(
    (options: RefreshOptions) =>
      new Promise<RefreshResult>((resolve, reject) => {
        held.options = options;
        held.finish = resolve;
        held.fail = reject;
      }),
  );
  return { held, onRefresh };
}

describe('FindingsPanel refresh', () => {
  it('shows each step with a progress bar while it runs, then the figures', async () => {
    const { held, onRefresh } = heldRefresh();
    const { user } = renderFindingsPanel({ onRefresh });
    expect(screen.getByText(/No findings yet/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    act(() => held.options!.onProgress({ step: 'Reading 7 cases…', fraction: 0.25 }));
    const status = screen.getAllByRole('status').find((s) => s.textContent?.includes('Reading 7 cases…'))!;
    expect(within(status).getByRole('progressbar', { name: 'Refresh progress' })).toHaveAttribute(
      'aria-valuenow',
      '0.25',
    );
    expect(screen.getByRole('button', { name: 'Refreshing…' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.queryByText(SENTENCE)).not.toBeInTheDocument();

    await settle(() => held.finish(refreshResult()));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByText(SENTENCE)).toBeInTheDocument();
    expect(screen.getByText('n = 2 · N = 4 · 50%')).toBeInTheDocument();
    expect(screen.getByText('Last refreshed at 09:30 on 8 Jan 2024.')).toBeInTheDocument();
    expect(screen.getByText('5 of 7 case rows included (Complete cases only).')).toBeInTheDocument();
    const byStatus = screen.getByRole('list', { name: 'Case rows by status' });
    expect(
      within(byStatus)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Complete: 5', 'In progress: 1', 'Not started: 1']);
    expect(
      screen.getByText('Wrote Findings and Data quality: 2 charts, 1 data-quality issue.'),
    ).toBeInTheDocument();
  });

  it('runs one refresh at a time', async () => {
    const { held, onRefresh } = heldRefresh();
    const { user } = renderFindingsPanel({ onRefresh });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    await user.click(screen.getByRole('button', { name: 'Refreshing…' }));
    expect(onRefresh).toHaveBeenCalledTimes(1);
    await settle(() => held.finish(refreshResult()));
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    expect(onRefresh).toHaveBeenCalledTimes(2);
  });

  it('asks for in-progress cases when the switch is on, and shows what was counted', async () => {
    const { user, props } = renderFindingsPanel();
    await user.click(screen.getByRole('switch', { name: 'Include cases in progress' }));
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    expect(props.onRefresh).toHaveBeenCalledWith(expect.objectContaining({ includeInProgress: true }));
    expect(await screen.findByText('3 (60%) of 5 re-referrals came within 0-3 months')).toBeInTheDocument();
    expect(
      screen.getByText('6 of 7 case rows included (Complete and In progress cases).'),
    ).toBeInTheDocument();
  });

  it('says why a refresh failed, links the cells named, and keeps the last figures', async () => {
    const { held, onRefresh } = heldRefresh();
    const { user, props } = renderFindingsPanel({ onRefresh });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    await settle(() => held.finish(refreshResult()));

    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    const damaged = Object.assign(new Error('damaged'), {
      issues: [{ sheet: 'Audit', cell: 'B2', message: 'The Audit table has lost its Status column: undo.' }],
    });
    await settle(() => held.fail(damaged));

    expect(screen.getByText('Findings were not refreshed')).toBeInTheDocument();
    expect(screen.getByText(/The figures below are from 09:30 on 8 Jan 2024\./)).toBeInTheDocument();
    expect(screen.getByText(/lost its Status column/)).toBeInTheDocument();
    expect(screen.getByText(SENTENCE)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Audit!B2' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Audit', 'B2');
  });

  it('says an unexpected failure plainly, without a stack', async () => {
    const { user } = renderFindingsPanel({
      onRefresh: () => Promise.reject(new Error('RichApi.Error: GeneralException')),
    });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    const alert = await screen.findByText(
      /Excel did not finish the request \(RichApi.Error: GeneralException\)/,
    );
    expect(alert.textContent).toMatch(/Try again/);
    expect(alert.textContent).not.toMatch(/\bat \S+ \(/);
    expect(screen.getByText(/No findings yet/)).toBeInTheDocument();
  });

  it('has no accessibility violations axe can find, with figures, a drill-down and a table open', async () => {
    const { user, container } = renderFindingsPanel();
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    await user.click(
      await screen.findByRole('button', { name: new RegExp(SENTENCE.replace(/[()]/g, '\\$&')) }),
    );
    await user.click(screen.getByRole('button', { name: /Months since last involvement/ }));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

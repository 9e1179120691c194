/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { FakeCaseStore } from './FakeCaseStore';
import { questionBox } from './questionBox';
import { AUDITOR, renderPane } from './renderPane';

jest.setTimeout(30_000);

describe('CapturePane: mark complete and escalate', () => {
  it('lists what is missing, each a link that focuses its question, and marks nothing', async () => {
    const store = new FakeCaseStore().addCase('C-001', AUDITOR, { referral_type: 're_referral' });
    const { user } = renderPane({ store });
    await screen.findByText('Case C-001');
    await user.click(screen.getByText('Next section'));
    await user.click(screen.getByText('Next section'));
    await user.click(screen.getByRole('button', { name: 'Mark complete' }));
    const list = await screen.findByRole('region', { name: /Before this case can be complete/ });
    const links = within(list).getAllByRole('button');
    expect(links.map((l) => l.textContent?.split(':')[0])).toEqual([
      'Was the contact from the Police?',
      'Date received',
      'Were the concerns the same as last time?',
    ]);
    expect(store.rows.get('C-001')!.status).toBe('Not started');

    await user.click(within(list).getByRole('button', { name: /Were the concerns the same/ }));
    expect(questionBox('same_concerns').getByLabelText('Yes')).toHaveFocus();
    // After a check, missing answers are flagged inline as well.
    expect(
      questionBox('same_concerns').getByText(/Say whether the concerns were the same/),
    ).toBeInTheDocument();
    await user.click(within(list).getByRole('button', { name: /Date received/ }));
    expect(questionBox('received').getByLabelText(/Date received/)).toHaveFocus();
  });

  it('marks a clean case Complete in the workbook', async () => {
    const answers = {
      referral_type: 'contact',
      police: 'yes',
      received: { kind: 'date' as const, days: 19367 },
    };
    const store = new FakeCaseStore().addCase('C-001', AUDITOR, answers);
    const { user } = renderPane({ store });
    await screen.findByText('Case C-001');
    await user.click(screen.getByRole('button', { name: 'Mark complete' }));
    expect(await screen.findByText('Marked complete in the workbook.')).toBeInTheDocument();
    expect(store.rows.get('C-001')!.status).toBe('Complete');
  });

  it('records an escalation with its reason and shows the count on the case', async () => {
    const store = new FakeCaseStore().addCase('C-001', AUDITOR);
    const { user } = renderPane({ store });
    await screen.findByText('Case C-001');
    await user.click(screen.getByRole('button', { name: 'Escalate' }));
    // Tabster marks the open dialog aria-hidden in jsdom (no real focus), so it is found by its role attribute.
    const surface = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!found) throw new Error('The escalation dialog did not open.');
      return found;
    });
    const dialog = within(surface);
    await user.click(dialog.getByText('Record escalation'));
    expect(dialog.getByText('Enter the reason for the escalation.')).toBeInTheDocument();
    expect(store.rows.get('C-001')!.escalations).toHaveLength(0);

    store.failNext(1, 'The Escalations sheet is protected.');
    await user.type(dialog.getByLabelText(/Reason/), 'Unborn baby; mother in a tent');
    await user.type(dialog.getByLabelText(/Agreed with/), 'SCC manager on site');
    await user.click(dialog.getByText('Record escalation'));
    expect(await dialog.findByText(/not recorded: The Escalations sheet is protected/)).toBeInTheDocument();
    expect(dialog.getByLabelText(/Reason/)).toHaveValue('Unborn baby; mother in a tent');

    await user.click(dialog.getByText('Record escalation'));
    expect(await screen.findByText('1 safeguarding escalation')).toBeInTheDocument();
    expect(store.rows.get('C-001')!.escalations).toEqual([
      { reason: 'Unborn baby; mother in a tent', agreedWith: 'SCC manager on site', raisedBy: AUDITOR },
    ]);
  });
});

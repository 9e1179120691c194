/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { FakeCaseStore } from './FakeCaseStore';
import { questionBox } from './questionBox';
import { AUDITOR, renderPane } from './renderPane';

jest.setTimeout(30_000);

describe('CapturePane save states', () => {
  it('shows Not saved with Retry for a failing save, never Saved, and Retry then saves it', async () => {
    const store = new FakeCaseStore().addCase('C-001', AUDITOR);
    store.failNext(50, 'The Audit sheet is protected.');
    const { user } = renderPane({ store });
    await screen.findByText('Case C-001');
    await user.click(questionBox('police').getByLabelText('Yes'));
    expect(
      await questionBox('police').findByText(/Not saved.*The Audit sheet is protected\./),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 answer is not saved.');
    expect(questionBox('police').queryByText('Saved')).toBeNull();
    expect(questionBox('police').getByLabelText('Yes')).toBeChecked();

    store.heal();
    await user.click(
      questionBox('police').getByRole('button', { name: 'Retry saving Was the contact from the Police?' }),
    );
    expect(await questionBox('police').findByText('Saved')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('All changes saved to the workbook.');
    expect(store.rows.get('C-001')!.answers.get('police')).toBe('yes');
  });

  it('offers keep mine and take theirs on a conflict', async () => {
    const store = new FakeCaseStore().addCase('C-001', AUDITOR, { police: 'yes', reason: 'neglect' });
    const { user } = renderPane({ store });
    await screen.findByText('Case C-001');
    store.coauthor('C-001', 'police', null, 'Sam Phippard');
    store.coauthor('C-001', 'referral_type', 'contact', 'Sam Phippard');
    await user.click(questionBox('police').getByLabelText('No'));
    await user.click(questionBox('referral_type').getByLabelText('Re referral'));
    expect(await questionBox('police').findByText(/Sam Phippard saved “\(blank\)” here/)).toBeInTheDocument();
    expect(
      await questionBox('referral_type').findByText(/Sam Phippard saved “Contact” here/),
    ).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 answers have a conflict to resolve.');

    await user.click(questionBox('police').getByRole('button', { name: /Keep mine/ }));
    expect(await questionBox('police').findByText('Saved')).toBeInTheDocument();
    expect(store.rows.get('C-001')!.answers.get('police')).toBe('no');

    await user.click(questionBox('referral_type').getByRole('button', { name: /Take theirs/ }));
    expect(questionBox('referral_type').getByLabelText('Contact')).toBeChecked();
    expect(store.rows.get('C-001')!.answers.get('referral_type')).toBe('contact');
  });

  it('does not move to another case while this one has unsaved answers', async () => {
    const store = new FakeCaseStore().addCase('C-001', AUDITOR).addCase('C-002', AUDITOR);
    const cases = await store.listCases();
    store.failNext(50);
    const { user } = renderPane({ store, cases });
    await screen.findByText('Case C-001');
    await user.click(questionBox('police').getByLabelText('Yes'));
    await questionBox('police').findByText(/Not saved/);
    await user.click(screen.getByRole('button', { name: 'C-002' }));
    expect(
      await screen.findByText(/Case C-001 has answers that are not in the workbook yet/),
    ).toBeInTheDocument();
    expect(screen.getByText('Case C-001', { selector: 'h2' })).toBeInTheDocument();

    store.heal();
    await user.click(questionBox('police').getByRole('button', { name: /Retry/ }));
    expect(await screen.findByText('Case C-002', { selector: 'h2' })).toBeInTheDocument();
    await waitFor(() => expect(store.rows.get('C-001')!.answers.get('police')).toBe('yes'));
  });
});

/** @jest-environment jsdom */
import { fireEvent, screen } from '@testing-library/react';
import axe from 'axe-core';
import { FakeCaseStore } from './FakeCaseStore';
import { isOnScreen, questionBox } from './questionBox';
import { AUDITOR, renderPane } from './renderPane';

jest.setTimeout(30_000);

async function openPane(answers: Parameters<FakeCaseStore['addCase']>[2] = {}) {
  const store = new FakeCaseStore().addCase('C-001', AUDITOR, answers);
  const rendered = renderPane({ store });
  await screen.findByText('Case C-001');
  return rendered;
}

const sectionNames = () => [...document.querySelectorAll('nav option')].map((o) => o.textContent);
const allSaved = () => screen.findByText('All changes saved to the workbook.');

describe('CapturePane', () => {
  it('shows a question only while the answer it depends on says it applies', async () => {
    const { user } = await openPane();
    expect(isOnScreen('police_clear')).toBe(false);
    await user.click(questionBox('police').getByLabelText('Yes'));
    expect(
      questionBox('police_clear').getByText('Was the Police contact clearly recorded?'),
    ).toBeInTheDocument();
    await user.click(questionBox('police').getByLabelText('No'));
    expect(isOnScreen('police_clear')).toBe(false);
  });

  it('offers the re-referral section only for re-referrals', async () => {
    const { user } = await openPane();
    expect(sectionNames()).toEqual(['Contact or referral', 'Management oversight']);
    await user.click(questionBox('referral_type').getByLabelText('Re referral'));
    expect(sectionNames()).toEqual(['Contact or referral', 'Re-referral', 'Management oversight']);
    await user.click(screen.getByText('Next section'));
    expect(isOnScreen('months_since')).toBe(true);
    await user.click(screen.getByText('Previous section'));
    await user.click(questionBox('referral_type').getByLabelText('Contact'));
    await user.click(screen.getByText('Next section'));
    expect(isOnScreen('months_since')).toBe(false);
    expect(isOnScreen('oversight_shows')).toBe(true);
  });

  it('marks required questions and only those', async () => {
    await openPane();
    expect(questionBox('police').getByRole('radiogroup')).toHaveAttribute('aria-required', 'true');
    expect(questionBox('received').getByLabelText(/Date received/)).toBeRequired();
    expect(questionBox('screened').getByLabelText(/Date and time screened/)).not.toBeRequired();
  });

  it('shows a constraint message inline, and keeps text that is not a number unsaved with a message', async () => {
    const { user, store } = await openPane({ referral_type: 're_referral' });
    await user.click(screen.getByText('Next section'));
    const months = questionBox('months_since').getByLabelText('Months since previous involvement');
    await user.type(months, '130');
    expect(questionBox('months_since').getByText('Months must be between 0 and 120.')).toBeInTheDocument();
    expect(months).toHaveAttribute('aria-invalid', 'true');
    await user.clear(months);
    await user.type(months, '3 months');
    expect(screen.getByText('Not saved: enter a whole number, for example 3.')).toBeInTheDocument();
    expect(months).toHaveValue('3 months');
    await user.clear(months);
    await user.type(months, '2');
    await allSaved();
    expect(store.rows.get('C-001')!.answers.get('months_since')).toBe(2);
  });

  it('uses a dropdown for a long choice list, checkboxes for multiple choice, and saves each', async () => {
    const { user, store } = await openPane();
    await user.click(questionBox('reason').getByRole('combobox'));
    await user.click(screen.getByRole('option', { name: 'Neglect' }));
    await user.click(screen.getByText('Next section'));
    await user.click(questionBox('oversight_shows').getByLabelText('History'));
    await user.click(questionBox('oversight_shows').getByLabelText('Analysis'));
    await allSaved();
    const answers = store.rows.get('C-001')!.answers;
    expect(answers.get('reason')).toBe('neglect');
    expect(answers.get('oversight_shows')).toEqual(['analysis', 'history']);
    const points = questionBox('score').getByLabelText(/Oversight points/);
    expect(points).toHaveValue('2');
    expect(points).toHaveAttribute('readonly');
  });

  it('saves dates from the native date and date-time inputs', async () => {
    const { store } = await openPane();
    fireEvent.change(questionBox('received').getByLabelText(/Date received/), {
      target: { value: '2023-01-10' },
    });
    fireEvent.change(questionBox('screened').getByLabelText(/screened/), {
      target: { value: '2023-01-10T15:30' },
    });
    await allSaved();
    const answers = store.rows.get('C-001')!.answers;
    expect(answers.get('received')).toEqual({ kind: 'date', days: 19367 });
    expect(answers.get('screened')).toEqual({ kind: 'dateTime', days: 19367 + 15.5 / 24 });
  });

  it('tells the shell which question the auditor is on, once per question', async () => {
    const selected: string[] = [];
    const store = new FakeCaseStore().addCase('C-001', AUDITOR);
    const { user } = renderPane({ store, onSelectQuestionCell: (c, q) => selected.push(`${c}:${q}`) });
    await screen.findByText('Case C-001');
    await user.click(questionBox('referral_type').getByLabelText('Contact'));
    await user.click(questionBox('referral_type').getByLabelText('Re referral'));
    await user.click(questionBox('police').getByLabelText('Yes'));
    await user.click(questionBox('referral_type').getByLabelText('Contact'));
    expect(selected).toEqual(['C-001:referral_type', 'C-001:police', 'C-001:referral_type']);
  });

  it('keeps nothing about cases in local storage: only the auditor name', async () => {
    localStorage.clear();
    localStorage.setItem('case-audit.auditor-name', AUDITOR);
    const { user } = await openPane();
    await user.click(questionBox('referral_type').getByLabelText('Re referral'));
    await user.click(screen.getByText('Next section'));
    await user.type(questionBox('months_since').getByLabelText(/Months/), '4');
    await allSaved();
    expect(Object.keys(localStorage)).toEqual(['case-audit.auditor-name']);
    expect(sessionStorage).toHaveLength(0);
  });

  it('has no accessibility violations axe can find', async () => {
    const { container, user } = await openPane({ police: 'yes' });
    await user.click(questionBox('referral_type').getByLabelText('Re referral'));
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual([]);
  });
});

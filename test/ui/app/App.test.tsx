/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CaseSummary } from '../../../src/core/cases/CaseStore';
import { App } from '../../../src/ui/app/App';
import type { AuditWorkbookPort, SetUpOutcome } from '../../../src/ui/app/AuditWorkbookPort';
import { storedAuditorNames } from '../../../src/ui/app/AuditorNameStore';
import { ThemedRoot } from '../../../src/ui/app/ThemedRoot';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom does not have.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const NOT_SET_UP = new Error('There is no Audit sheet.');
const CASES: CaseSummary[] = [
  { caseId: 'C-001', auditor: 'Sam', status: 'Not started', lastSaved: '' },
  { caseId: 'C-002', auditor: '', status: 'In progress', lastSaved: '2023-02-06 10:00' },
];

function fakeWorkbook() {
  return {
    setUp: jest.fn<Promise<SetUpOutcome>, []>(() =>
      Promise.resolve({ sheetsCreated: ['Questions', 'Audit'], issues: [] }),
    ),
    listCases: jest.fn<Promise<readonly CaseSummary[]>, []>(() => Promise.reject(NOT_SET_UP)),
    selectCell: jest.fn<Promise<void>, [string, string]>(() => Promise.resolve()),
  };
}

function show(workbook: AuditWorkbookPort, names = storedAuditorNames(null)) {
  render(
    <ThemedRoot dark={false}>
      <App workbook={workbook} auditorNames={names} />
    </ThemedRoot>,
  );
}

test('setting up calls the workbook once, shows progress, then the sheets created and the cases', async () => {
  let finish: (outcome: SetUpOutcome) => void = () => {};
  const workbook = fakeWorkbook();
  workbook.setUp.mockImplementation(() => new Promise<SetUpOutcome>((done) => (finish = done)));
  show(workbook);
  await userEvent.click(screen.getByRole('button', { name: 'Set up audit' }));

  expect(screen.getByText('Setting up the audit sheets…')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Set up audit' })).toBeDisabled();
  workbook.listCases.mockResolvedValue(CASES);
  finish({ sheetsCreated: ['Questions', 'Choices', 'Audit'], issues: [] });

  expect(await screen.findByText('Audit set up.')).toBeInTheDocument();
  expect(screen.getByText(/Created Questions, Choices, Audit\./)).toBeInTheDocument();
  expect(await screen.findByRole('button', { name: 'Open C-001' })).toBeInTheDocument();
  expect(workbook.setUp).toHaveBeenCalledTimes(1);
});

test('question-set problems are listed with their cells, and a click selects the cell', async () => {
  const workbook = fakeWorkbook();
  workbook.setUp.mockResolvedValue({
    sheetsCreated: ['Questions'],
    issues: [{ sheet: 'Questions', cell: 'A7', message: 'Unknown type "selekt_one": use select_one.' }],
  });
  show(workbook);
  await userEvent.click(screen.getByRole('button', { name: 'Set up audit' }));

  const link = await screen.findByRole('button', { name: 'Questions!A7' });
  expect(screen.getByText(/Unknown type "selekt_one": use select_one\./)).toBeInTheDocument();
  await userEvent.click(link);
  expect(workbook.selectCell).toHaveBeenCalledWith('Questions', 'A7');
});

test('a workbook error shows each issue; an unexpected error is said plainly, without a stack', async () => {
  const damaged = Object.assign(new Error('damaged'), {
    issues: [
      { sheet: 'Audit', cell: '', message: 'The Audit sheet is protected: unprotect it and try again.' },
    ],
  });
  const workbook = fakeWorkbook();
  workbook.setUp.mockRejectedValueOnce(damaged);
  show(workbook);
  await userEvent.click(screen.getByRole('button', { name: 'Set up audit' }));
  expect(await screen.findByText('Set-up did not finish.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Audit' })).toBeInTheDocument();
  expect(screen.getByText(/unprotect it and try again/)).toBeInTheDocument();

  const crash = new TypeError('x is undefined');
  crash.stack = 'TypeError: x is undefined\n    at secret (file.js:1:1)';
  workbook.setUp.mockRejectedValueOnce(crash);
  await userEvent.click(screen.getByRole('button', { name: 'Set up audit' }));
  expect(await screen.findByText(/Excel did not finish the request \(x is undefined\)/)).toBeInTheDocument();
  expect(document.body.textContent).not.toContain('file.js');
});

test('a workbook that is already set up opens on its cases', async () => {
  const workbook = fakeWorkbook();
  workbook.listCases.mockResolvedValue(CASES);
  show(workbook);
  expect(await screen.findByRole('button', { name: 'Open C-002' })).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Set up audit' })).not.toBeInTheDocument();
  expect(workbook.setUp).not.toHaveBeenCalled();
});

test("the auditor's name is remembered when they leave the field", async () => {
  const storage = new Map<string, string>();
  const names = storedAuditorNames({
    getItem: (key) => storage.get(key) ?? null,
    setItem: (key, value) => void storage.set(key, value),
  });
  const workbook = fakeWorkbook();
  workbook.listCases.mockResolvedValue(CASES);
  show(workbook, names);
  const field = await screen.findByRole('textbox', { name: /Your name/ });
  await userEvent.type(field, '  Chido ');
  await userEvent.tab();
  await waitFor(() => expect(names.get()).toBe('Chido'));
});

/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { auditTemplate } from '../../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../../src/excel/AuditWorkbook';
import { SimWorkbook } from '../../../src/excel-sim';
import { App } from '../../../src/ui/app/App';
import type { AuditorNames } from '../../../src/ui/app/AuditWorkbookPort';
import { ThemedRoot } from '../../../src/ui/app/ThemedRoot';

// Fluent's MessageBar measures itself with ResizeObserver, which jsdom does not have.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function names(initial = ''): AuditorNames & { saved: string[] } {
  const saved: string[] = [];
  return { saved, load: () => initial, save: (name) => (saved.push(name), true) };
}

function open(workbook: AuditWorkbook, auditor = names()) {
  render(
    <ThemedRoot dark={false}>
      <App workbook={workbook} auditorNames={auditor} />
    </ThemedRoot>,
  );
}

test('"Set up audit" creates the audit sheets in the workbook and says which', async () => {
  const sim = new SimWorkbook();
  open(new AuditWorkbook(sim.host()));
  await userEvent.click(await screen.findByRole('button', { name: 'Set up audit' }));

  expect(await screen.findByText('Audit set up.')).toBeInTheDocument();
  const sheets = ['Questions', 'Choices', 'Settings', 'Indicators', 'Audit', 'Escalations'];
  expect(sim.sheetNames()).toEqual(expect.arrayContaining(sheets));
  expect(screen.getByText(/Created the sheets/).textContent).toContain('Audit');
  expect(sim.getCell('Audit', 'A2').value).toBe('Case ID');
  expect(await screen.findByRole('textbox', { name: /Your name/ })).toBeInTheDocument();
});

test('set-up problems are listed with their cells, and a click selects that cell', async () => {
  const sim = new SimWorkbook();
  const workbook = new AuditWorkbook(sim.host());
  jest.spyOn(workbook, 'setUp').mockResolvedValue({
    createdSheets: ['Questions'],
    addedColumns: [],
    retiredColumns: [],
    issues: [{ sheet: 'Sheet1', cell: 'B7', message: 'Unknown type "selekt_one": use select_one.' }],
    questionSet: null,
  });
  open(workbook);
  await userEvent.click(await screen.findByRole('button', { name: 'Set up audit' }));

  expect(await screen.findByText('Set up, with problems.')).toBeInTheDocument();
  expect(screen.getByText(/Unknown type "selekt_one": use select_one\./)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Sheet1!B7' }));
  await waitFor(() => expect(sim.snapshot().selection).toEqual({ sheet: 'Sheet1', address: 'B7' }));
});

test('a workbook error lists its issues; an unexpected error is said plainly, without a stack', async () => {
  const workbook = new AuditWorkbook(new SimWorkbook().host());
  const damaged = Object.assign(new Error('damaged'), {
    issues: [
      { sheet: 'Audit', cell: '', message: 'The Audit sheet is protected: unprotect it and try again.' },
    ],
  });
  const crash = new TypeError('x is undefined');
  crash.stack = 'TypeError: x is undefined\n    at secret (file.js:1:1)';
  jest.spyOn(workbook, 'setUp').mockRejectedValueOnce(damaged).mockRejectedValueOnce(crash);
  open(workbook);

  await userEvent.click(await screen.findByRole('button', { name: 'Set up audit' }));
  expect(await screen.findByText('Set-up did not finish.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Audit' })).toBeInTheDocument();
  expect(screen.getByText(/unprotect it and try again/)).toBeInTheDocument();

  await userEvent.click(screen.getByRole('button', { name: 'Set up audit' }));
  expect(await screen.findByText(/Excel did not finish the request \(x is undefined\)/)).toBeInTheDocument();
  expect(document.body.textContent).not.toContain('file.js');
});

test('a workbook set up earlier opens on its cases, and selecting a row opens that case', async () => {
  const sim = new SimWorkbook();
  const earlier = new AuditWorkbook(sim.host());
  await earlier.setUp({ template: auditTemplate });
  await earlier.addCases([{ caseId: 'C-101' }, { caseId: 'C-102' }]);

  open(new AuditWorkbook(sim.host()), names('Sam'));
  expect(await screen.findByText('C-102')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Set up audit' })).not.toBeInTheDocument();

  await act(() => sim.select('Audit', 'D4')); // row 4 is C-102's: the header is on row 2
  expect(await screen.findByRole('heading', { name: /Case C-102/ })).toBeInTheDocument();
});

test('questions that cannot be read are shown on the first screen with their cells', async () => {
  const sim = new SimWorkbook();
  await new AuditWorkbook(sim.host()).setUp({ template: auditTemplate });
  await sim.setCell('Questions', 'A3', 'selekt_one source');

  open(new AuditWorkbook(sim.host()));
  expect(await screen.findByText(/The questions in this workbook cannot be read/)).toBeInTheDocument();
  const list = screen.getByRole('list');
  expect(within(list).getByRole('button', { name: /^Questions!A3$/ })).toBeInTheDocument();
});

test("the auditor's name is asked for before capture and remembered", async () => {
  const sim = new SimWorkbook();
  await new AuditWorkbook(sim.host()).setUp({ template: auditTemplate });
  const auditor = names();
  open(new AuditWorkbook(sim.host()), auditor);

  expect(await screen.findByRole('textbox', { name: /Your name/ })).toBeInTheDocument();
  expect(screen.queryByText('Pick a case')).not.toBeInTheDocument();
  await userEvent.type(screen.getByRole('textbox', { name: /Your name/ }), 'Chido{Enter}');
  expect(await screen.findByText('Pick a case')).toBeInTheDocument();
  expect(auditor.saved).toEqual(['Chido']);
});

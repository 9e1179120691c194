/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { allocateCases } from '../../../src/core/allocation/allocateCases';
import { LEAD } from './planningFixture';
import { renderPlanningPanel } from './renderPlanningPanel';
import { tableText } from './tableText';
import { workbookError } from './workbookError';

// A ceiling for a shared, busy machine (the whole pane renders per test), not a timing target.
jest.setTimeout(60_000);

const section = (name: string) => screen.getByRole('region', { name });

describe('PlanningPanel: not audited', () => {
  it('marks the typed case with its reason, trimmed, as the lead, then clears the form', async () => {
    const { user, props } = renderPlanningPanel();
    const form = within(section('Not audited'));
    await user.type(form.getByRole('textbox', { name: 'Case ID' }), ' C004 ');
    await user.type(form.getByRole('textbox', { name: 'Reason' }), 'No access to the record  ');
    await user.click(form.getByRole('button', { name: 'Mark not audited' }));
    expect(props.onMarkNotAudited).toHaveBeenCalledWith('C004', 'No access to the record', LEAD);
    expect(
      await form.findByText('Case C004 is marked Not audited: No access to the record'),
    ).toBeInTheDocument();
    expect(form.getByRole('textbox', { name: 'Case ID' })).toHaveValue('');
  });

  it('asks for a Case ID and a reason (the core rule) before asking the workbook', async () => {
    const { user, props } = renderPlanningPanel();
    const form = within(section('Not audited'));
    await user.type(form.getByRole('textbox', { name: 'Reason' }), '   ');
    await user.click(form.getByRole('button', { name: 'Mark not audited' }));
    expect(form.getByText('Enter the Case ID of the sampled case.')).toBeInTheDocument();
    expect(form.getByText(/Give a reason the case is not audited/)).toBeInTheDocument();
    expect(props.onMarkNotAudited).not.toHaveBeenCalled();
  });

  it("shows the workbook's refusal with its cell, and keeps what was typed", async () => {
    const { user, props } = renderPlanningPanel({
      onMarkNotAudited: () =>
        Promise.reject(
          workbookError(
            'Not audited',
            'A3',
            'C004 is marked Not audited already (A3): delete that row to change it.',
          ),
        ),
    });
    const form = within(section('Not audited'));
    await user.type(form.getByRole('textbox', { name: 'Case ID' }), 'C004');
    await user.type(form.getByRole('textbox', { name: 'Reason' }), 'Record sealed');
    await user.click(form.getByRole('button', { name: 'Mark not audited' }));
    expect(await form.findByText('The case was not marked')).toBeInTheDocument();
    expect(form.getByText(/marked Not audited already/)).toBeInTheDocument();
    await user.click(form.getByRole('button', { name: 'Not audited!A3' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Not audited', 'A3');
    expect(form.getByRole('textbox', { name: 'Case ID' })).toHaveValue('C004');
  });
});

describe('PlanningPanel: allocate', () => {
  it('sends the auditors one a line and the family column it guessed, then shows each share', async () => {
    const { user, props, workbook } = renderPlanningPanel();
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    await screen.findByText(/12 cases in the Case list/);
    const form = within(section('Allocate'));
    expect(form.getByRole('combobox', { name: 'Family or household column' })).toHaveValue('Family ref');
    await user.type(
      form.getByRole('textbox', { name: 'Auditors, one a line' }),
      ' Ann{Enter}{Enter}Bob {Enter}',
    );
    await user.click(form.getByRole('button', { name: 'Allocate' }));
    expect(props.onAllocate).toHaveBeenCalledWith(['Ann', 'Bob'], { familyColumn: 'Family ref' });

    const expected = allocateCases(workbook.list.cases, ['Ann', 'Bob'], { familyColumn: 'Family ref' });
    if (expected.kind !== 'allocated') throw new Error('the fixture allocation was refused');
    const table = await form.findByRole('table', { name: 'Cases per auditor' });
    const rows = tableText(table);
    expect(rows).toEqual(
      expected.byAuditor.map((a) => [a.auditor, String(a.caseIds.length), String(a.caseIds.length)]),
    );
    expect(form.getByRole('rowheader', { name: 'Ann' })).toBeInTheDocument();
    expect(
      form.getByText('12 cases were allocated now; cases allocated before kept their auditor.'),
    ).toBeInTheDocument();
  });

  it('allocates each case on its own when None is chosen', async () => {
    const { user, props } = renderPlanningPanel();
    await user.click(screen.getByRole('button', { name: 'Check case list' }));
    await screen.findByText(/12 cases in the Case list/);
    const form = within(section('Allocate'));
    await user.selectOptions(form.getByRole('combobox', { name: 'Family or household column' }), '');
    await user.type(form.getByRole('textbox', { name: 'Auditors, one a line' }), 'Ann');
    await user.click(form.getByRole('button', { name: 'Allocate' }));
    expect(props.onAllocate).toHaveBeenCalledWith(['Ann'], {});
  });

  it("shows the core's refusal (a repeated name) and its notes (a departed auditor's cases)", async () => {
    const { user, workbook } = renderPlanningPanel();
    const form = within(section('Allocate'));
    await user.type(form.getByRole('textbox', { name: 'Auditors, one a line' }), 'Ann{Enter}ann');
    await user.click(form.getByRole('button', { name: 'Allocate' }));
    expect(await form.findByText('Nothing was allocated')).toBeInTheDocument();
    const refused = allocateCases(workbook.list.cases, ['Ann', 'ann']);
    if (refused.kind !== 'refused') throw new Error('a repeated name should be refused');
    expect(form.getByText(refused.problems[0]!.message)).toBeInTheDocument();

    const held = allocateCases(workbook.list.cases, ['Ann'], { allocated: new Map([['C001', 'Zoe']]) });
    if (held.kind !== 'allocated') throw new Error('the held allocation was refused');
    const { user: user2 } = renderPlanningPanel({ onAllocate: () => Promise.resolve(held) });
    const second = within(screen.getAllByRole('region', { name: 'Allocate' })[1]!);
    await user2.type(second.getByRole('textbox', { name: 'Auditors, one a line' }), 'Ann');
    await user2.click(second.getByRole('button', { name: 'Allocate' }));
    expect(await second.findByText('To know about this allocation')).toBeInTheDocument();
    expect(second.getByText(held.notes[0]!.message)).toBeInTheDocument();
  });

  it("asks for at least one auditor's name", async () => {
    const { user, props } = renderPlanningPanel();
    const form = within(section('Allocate'));
    await user.type(form.getByRole('textbox', { name: 'Auditors, one a line' }), '  {Enter}  ');
    await user.click(form.getByRole('button', { name: 'Allocate' }));
    expect(form.getByText("Enter the auditors' names, one a line.")).toBeInTheDocument();
    expect(props.onAllocate).not.toHaveBeenCalled();
  });
});

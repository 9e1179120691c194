/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { agreement } from '../../../src/core/moderation/agreement';
import { drawModerationSample } from '../../../src/core/moderation/drawModerationSample';
import { summariseProgress } from '../../../src/core/sampling/summariseProgress';
import { LEAD, QUESTIONS, moderatedAudits, sampledCases } from './planningFixture';
import { renderPlanningPanel } from './renderPlanningPanel';
import { tableText } from './tableText';
import { workbookError } from './workbookError';

// A ceiling for a shared, busy machine (the whole pane renders per test), not a timing target.
jest.setTimeout(60_000);

const section = (name: string) => within(screen.getByRole('region', { name }));

function report() {
  const { first, second } = moderatedAudits();
  return agreement(first, second, QUESTIONS);
}

describe('PlanningPanel: progress', () => {
  it('shows a row per auditor and one overall, with escalations, in table markup', async () => {
    const { user } = renderPlanningPanel();
    const board = section('Progress');
    await user.click(board.getByRole('button', { name: 'Show progress' }));
    const table = await board.findByRole('table', { name: 'Progress by auditor' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Auditor', 'Not started', 'In progress', 'Complete', 'Not audited', 'Escalations', 'Sampled']);
    const summary = summariseProgress(sampledCases());
    const escalations = new Map([
      ['Ann', 2],
      ['Bob', 1],
    ]);
    const row = (name: string, c: typeof summary, e: number) =>
      [name, c.notStarted, c.inProgress, c.audited, c.notAudited, e, c.sampled].map(String);
    expect(tableText(table)).toEqual([
      ...summary.byAuditor.map((a) =>
        row(a.auditor || '(no auditor)', { ...a, byAuditor: [] }, escalations.get(a.auditor) ?? 0),
      ),
      row('Overall', summary, 4),
    ]);
    expect(within(table).getByRole('rowheader', { name: 'Overall' })).toBeInTheDocument();
    expect(board.getByText('Not audited: 1 No access to the record.')).toBeInTheDocument();
    expect(
      board.getByText(`${summary.audited} of ${summary.sampled} sampled cases are complete.`),
    ).toBeInTheDocument();
  });

  it('says what to do when progress cannot be read', async () => {
    const { user } = renderPlanningPanel({
      onProgress: () => Promise.reject(new Error('The Audit sheet is being edited')),
    });
    const board = section('Progress');
    await user.click(board.getByRole('button', { name: 'Show progress' }));
    expect(await board.findByText('Progress was not read')).toBeInTheDocument();
    expect(board.getByText(/The Audit sheet is being edited\)\. Try again/)).toBeInTheDocument();
  });
});

describe('PlanningPanel: moderation', () => {
  it('draws the typed percentage as a share with the seed, and lists the cases drawn', async () => {
    const { user, props } = renderPlanningPanel();
    const mod = section('Moderation');
    const share = mod.getByRole('textbox', { name: 'Share of completed cases to moderate (%)' });
    await user.clear(share);
    await user.type(share, '25%');
    await user.click(mod.getByRole('button', { name: 'New seed' }));
    await user.click(mod.getByRole('button', { name: 'Draw cases to moderate' }));
    // No moderator named: '' for a blank Moderator column, never the lead's name.
    expect(props.onDrawModeration).toHaveBeenCalledWith(0.25, 'test-seed-1', '');
    const drawn = drawModerationSample(['C001', 'C002', 'C006', 'C008'], 0.25, 'test-seed-1');
    if (drawn.kind !== 'drawn') throw new Error('the fixture draw was refused');
    expect(
      await mod.findByText(
        `Drew 1 of 4 completed cases with seed "test-seed-1" for the moderator: ${drawn.caseIds.join(', ')}. Their second audits go in the Moderation table.`,
      ),
    ).toBeInTheDocument();
    expect(mod.queryByText(/first audited by/)).not.toBeInTheDocument();
  });

  it('draws for the moderator named, trimmed, and warns of cases they audited first without refusing', async () => {
    const { user, props } = renderPlanningPanel();
    const mod = section('Moderation');
    const field = mod.getByRole('textbox', { name: 'Moderator (optional)' });
    expect(field).toHaveValue('');
    expect(field).toHaveAccessibleDescription(
      "Who re-audits these cases, written in their Moderator column. Leave blank and the moderator's name is filled in when they first save.",
    );
    const share = mod.getByRole('textbox', { name: 'Share of completed cases to moderate (%)' });
    await user.clear(share);
    await user.type(share, '100');
    await user.type(mod.getByRole('textbox', { name: 'Moderation seed' }), 'mod-seed');
    await user.type(field, '  Ann ');
    await user.click(mod.getByRole('button', { name: 'Draw cases to moderate' }));
    expect(props.onDrawModeration).toHaveBeenCalledWith(1, 'mod-seed', 'Ann');
    expect(props.onDrawModeration).not.toHaveBeenCalledWith(expect.anything(), expect.anything(), LEAD);
    const drawn = drawModerationSample(['C001', 'C002', 'C006', 'C008'], 1, 'mod-seed');
    if (drawn.kind !== 'drawn') throw new Error('the fixture draw was refused');
    expect(
      await mod.findByText(
        `Drew 4 of 4 completed cases with seed "mod-seed" for Ann: ${drawn.caseIds.join(', ')}. Their second audits go in the Moderation table.`,
      ),
    ).toBeInTheDocument();
    // Ann audited C001 and C002 first: each is listed, in draw order, with a link to its Moderator cell.
    const bar = within(
      mod.getByText('Some cases drawn were first audited by Ann').closest('[role="group"]')!,
    );
    const own = drawn.caseIds.filter((id) => id === 'C001' || id === 'C002');
    const cellOf = (id: string) => `B${drawn.caseIds.indexOf(id) + 2}`;
    expect(bar.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      own.map((id) => `Moderation!${cellOf(id)}: Case ${id} was first audited by Ann.`),
    );
    await user.click(bar.getByRole('button', { name: `Moderation!${cellOf(own[1]!)}` }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Moderation', cellOf(own[1]!));
    expect(mod.queryByText('No cases were drawn to moderate')).not.toBeInTheDocument();
  });

  it('asks for a percentage in range and a seed before drawing', async () => {
    const { user, props } = renderPlanningPanel();
    const mod = section('Moderation');
    const share = mod.getByRole('textbox', { name: 'Share of completed cases to moderate (%)' });
    await user.clear(share);
    await user.type(share, '150');
    await user.click(mod.getByRole('button', { name: 'Draw cases to moderate' }));
    expect(mod.getByText(/more than 0 and at most 100 \(for example 10\), not "150"\./)).toBeInTheDocument();
    expect(mod.getByText('Enter a seed, or choose New seed.')).toBeInTheDocument();
    expect(props.onDrawModeration).not.toHaveBeenCalled();
  });

  it('shows agreement per question with kappa, a null kappa with its reason, and per auditor', async () => {
    const { user } = renderPlanningPanel();
    const mod = section('Moderation');
    await user.click(mod.getByRole('button', { name: 'Compare audits' }));
    const expected = report();
    const byQuestion = await mod.findByRole('table', { name: 'Agreement by question' });
    // One row group per question: its label, then its figures.
    const rows = [...byQuestion.querySelectorAll('tbody')].map((group) =>
      tableText(group).flat().slice(0, 5),
    );
    const outcome = expected.questions.find((q) => q.question === 'outcome')!;
    expect(rows[0]).toEqual([
      'outcome',
      String(outcome.compared),
      String(outcome.agreed),
      `${outcome.percent}%`,
      outcome.kappa!.value!.toFixed(2),
    ]);
    const neglect = expected.questions.find((q) => q.question === 'concerns')!.perChoice![0]!;
    expect(rows).toContainEqual([
      'concerns: neglect ticked',
      '4',
      '4',
      '100%',
      neglect.kappa.value!.toFixed(2),
    ]);
    // A kappa that cannot be given is "none", described by the line below that says why.
    const other = within(mod.getByRole('rowheader', { name: 'concerns: other ticked' }).closest('tbody')!);
    const none = other.getByRole('cell', { name: 'none' });
    const reason = expected.questions
      .find((q) => q.question === 'concerns')!
      .perChoice!.find((c) => c.choice === 'other')!.kappa.reason;
    expect(none).toHaveAccessibleDescription(`No kappa: ${reason}`);
    expect(other.getByText(`No kappa: ${reason}`)).toBeVisible();
    expect(rows.find((r) => r[0] === 'concerns')![4]).toBe('per choice');
    expect(rows.find((r) => r[0] === 'notes')![4]).toBe('not for this type');

    const byAuditor = mod.getByRole('table', { name: 'Agreement by auditor' });
    expect([...byAuditor.querySelectorAll('tbody')].map((group) => tableText(group).flat())).toEqual(
      expected.byAuditor.map((a) => [
        a.auditor,
        String(a.cases),
        String(a.compared),
        String(a.agreed),
        `${a.percent}%`,
      ]),
    );
    await user.click(mod.getByRole('button', { name: 'Ann: by question' }));
    expect(mod.getByRole('table', { name: 'Agreement by question for Ann' })).toBeInTheDocument();
  });

  it('records the lead’s resolution of a disagreement, and asks for one when blank', async () => {
    const { user, props } = renderPlanningPanel();
    const mod = section('Moderation');
    await user.click(mod.getByRole('button', { name: 'Compare audits' }));
    const list = await mod.findByRole('list', { name: 'Disagreements' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(report().disagreements.length);
    expect(items[0]).toHaveTextContent('Case C002, outcome: Ann answered yes; Mo Moderator answered no.');

    const first = within(items[0]!);
    await user.click(first.getByRole('button', { name: 'Record resolution' }));
    expect(first.getByText(/Write the resolution first/)).toBeInTheDocument();
    await user.type(
      first.getByRole('textbox', { name: 'Resolution for case C002, outcome' }),
      'First answer stands',
    );
    await user.click(first.getByRole('button', { name: 'Record resolution' }));
    expect(props.onResolveDisagreement).toHaveBeenCalledWith(
      report().disagreements[0],
      'First answer stands',
      LEAD,
    );
    expect(await first.findByText('Resolution recorded: First answer stands')).toBeInTheDocument();
  });

  it('keeps a resolution typed when the workbook refuses it, saying why', async () => {
    const { user } = renderPlanningPanel({
      onResolveDisagreement: () =>
        Promise.reject(workbookError('Resolutions', '', 'The Resolutions table is missing.')),
    });
    const mod = section('Moderation');
    await user.click(mod.getByRole('button', { name: 'Compare audits' }));
    const item = within((await mod.findAllByRole('listitem'))[0]!);
    await user.type(item.getByRole('textbox', { name: /^Resolution for case/ }), 'Moderator right');
    await user.click(item.getByRole('button', { name: 'Record resolution' }));
    expect(await item.findByText('The resolution was not recorded')).toBeInTheDocument();
    expect(item.getByText(/The Resolutions table is missing\./)).toBeInTheDocument();
    expect(item.getByRole('textbox', { name: /^Resolution for case/ })).toHaveValue('Moderator right');
  });
});

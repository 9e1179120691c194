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
    expect(props.onDrawModeration).toHaveBeenCalledWith(0.25, 'test-seed-1');
    const drawn = drawModerationSample(['C001', 'C002', 'C006', 'C008'], 0.25, 'test-seed-1');
    if (drawn.kind !== 'drawn') throw new Error('the fixture draw was refused');
    expect(
      await mod.findByText(
        `Drew 1 of 4 completed cases with seed "test-seed-1" for the moderator: ${drawn.caseIds.join(', ')}. Their second audits go in the Moderation table.`,
      ),
    ).toBeInTheDocument();
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

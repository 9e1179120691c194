/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type { Question } from '../../../src/core/questions/QuestionSet';
import { ImportSection } from '../../../src/ui/planning/ImportSection';
import type { ImportOutcome } from '../../../src/ui/planning/PlanningPanelProps';
import { question } from '../../core/moderation/questionFixture';
// Fluent's MessageBar needs ResizeObserver, which jsdom lacks: the capture tests' helper stubs it on import.
import '../capture/renderPane';
import { renderPlanningPanel } from './renderPlanningPanel';

jest.setTimeout(60_000);

const CASE_TYPE: Question = {
  ...question('case_type', 'select_one'),
  label: 'Contact or re-referral?',
  choices: [
    { name: 'contact', label: 'Contact' },
    { name: 're_referral', label: 'Re-referral' },
  ],
};

const partnerFile = () =>
  new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'partner.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

function renderSection(
  onImportWorkbook: (file: File, onReading?: (done: number) => void) => Promise<ImportOutcome>,
) {
  const onImport = jest.fn(onImportWorkbook);
  const onSelectCell = jest.fn<void, [string, string]>();
  render(
    <FluentProvider theme={webLightTheme}>
      <ImportSection questions={[CASE_TYPE]} onImportWorkbook={onImport} onSelectCell={onSelectCell} />
    </FluentProvider>,
  );
  const region = within(screen.getByRole('region', { name: 'Import another workbook' }));
  return { user: userEvent.setup(), onImport, onSelectCell, region };
}

const merged = (over: Partial<Extract<ImportOutcome, { kind: 'merged' }>> = {}): ImportOutcome => ({
  kind: 'merged',
  label: 'partner.xlsx',
  added: ['P-001', 'P-002'],
  filled: ['K-001'],
  conflicts: [],
  ...over,
});

describe('ImportSection', () => {
  it('asks for a file before importing anything', async () => {
    const { user, onImport, region } = renderSection(() => Promise.resolve(merged()));
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(region.getByText(/Choose the other team’s copy of the audit workbook/)).toBeInTheDocument();
    expect(onImport).not.toHaveBeenCalled();
  });

  it('imports the chosen file and says what was added and filled in, then lists each conflict with a link to our cell', async () => {
    let finish: (outcome: ImportOutcome) => void = () => {};
    const { user, onImport, onSelectCell, region } = renderSection(
      () => new Promise((resolve) => (finish = resolve)),
    );
    const file = partnerFile();
    await user.upload(region.getByLabelText(/Their workbook/), file);
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(onImport).toHaveBeenCalledWith(file, expect.any(Function));
    expect(region.getByText('Reading partner.xlsx…')).toBeInTheDocument();
    finish(
      merged({
        conflicts: [
          {
            caseId: 'K-001',
            question: 'case_type',
            ours: 'contact',
            theirs: 're_referral',
            message: 'unused by the pane',
            sheet: 'Audit',
            cell: 'G3',
          },
        ],
        log: 'Merge log',
      }),
    );
    expect(
      await region.findByText(
        'From partner.xlsx: 2 cases added, 1 case filled in, 1 answer differs (ours kept, listed below).',
      ),
    ).toBeInTheDocument();
    expect(
      region.getByText(/Case K-001, Contact or re-referral\?: Contact here, Re-referral in partner\.xlsx\./),
    ).toBeInTheDocument();
    expect(region.getByRole('button', { name: 'Merge log' }).closest('p')).toHaveTextContent(
      'Recorded in the Merge log sheet, with a Resolution column to note what you agree on each conflict.',
    );
    await user.click(region.getByRole('button', { name: 'Audit!G3' }));
    expect(onSelectCell).toHaveBeenCalledWith('Audit', 'G3');
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('says why a conflict whose case went while the import ran has no link', async () => {
    const { user, region } = renderSection(() =>
      Promise.resolve(
        merged({
          conflicts: [
            { caseId: 'K-001', question: 'case_type', ours: 'contact', theirs: 're_referral', message: '' },
          ],
        }),
      ),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(
      await region.findByText(
        /Case K-001, .*: Contact here, Re-referral in partner\.xlsx\. The case is no longer in this workbook/,
      ),
    ).toBeInTheDocument();
    expect(region.queryByRole('button', { name: /^Audit!/ })).not.toBeInTheDocument();
  });

  it('says why a conflict whose question’s column went while the import ran has no link', async () => {
    const { user, region } = renderSection(() =>
      Promise.resolve(
        merged({
          conflicts: [
            {
              caseId: 'K-001',
              question: 'case_type',
              ours: 'contact',
              theirs: 're_referral',
              message: '',
              notFound: 'column',
            },
          ],
        }),
      ),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    const item = await region.findByText(/^Case K-001, Contact or re-referral\?: Contact here/);
    expect(item).toHaveTextContent(
      /Re-referral in partner\.xlsx\. The question’s column is no longer in this workbook’s Audit sheet \(it was deleted or its header changed while the import ran\), so there is no cell to go to\.$/,
    );
    expect(item).not.toHaveTextContent(/The case is no longer/);
    expect(region.queryByRole('button', { name: /^Audit!/ })).not.toBeInTheDocument();
  });

  it('says the import stands when its Merge log could not be amended, with what to do', async () => {
    const logNotAmended = {
      message:
        'The import’s rows were written, but the Merge log sheet could not be amended with what others changed while the import ran: the Merge log sheet was no longer there. Note the cases listed here by hand.',
    };
    const movedRow = { sheet: 'Audit', cell: 'A6', message: 'Rows of the Audit sheet moved.' };
    const { user, region } = renderSection(() =>
      Promise.resolve(
        merged({ added: [], filled: ['K-004'], movedRows: [movedRow], log: 'Merge log', logNotAmended }),
      ),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    // A result, not a failure: the summary and the cases the lead is asked to note are still shown.
    expect(
      await region.findByText(/^From partner\.xlsx: 0 cases added, 0 cases filled in/),
    ).toBeInTheDocument();
    expect(region.queryByText('Nothing was imported')).not.toBeInTheDocument();
    expect(region.getByText('The Merge log sheet is not up to date')).toBeInTheDocument();
    expect(
      region.getByText('The import was written, but its record could not be completed:'),
    ).toBeInTheDocument();
    expect(region.getByText(logNotAmended.message)).toBeInTheDocument();
    expect(region.getByText('Rows moved while the import wrote them')).toBeInTheDocument();
    const results = await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('links the Merge log from the problem when the sheet is still there', async () => {
    const logNotAmended = {
      sheet: 'Merge log 2',
      cell: 'A1',
      message: 'The import’s rows were written, but the Merge log 2 sheet could not be amended.',
    };
    const { user, onSelectCell, region } = renderSection(() =>
      Promise.resolve(merged({ log: 'Merge log 2', logNotAmended })),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(await region.findByText('The Merge log 2 sheet is not up to date')).toBeInTheDocument();
    await user.click(region.getByRole('button', { name: 'Merge log 2!A1' }));
    expect(onSelectCell).toHaveBeenCalledWith('Merge log 2', 'A1');
  });

  it('says the log was not written in full, and not that the import was recorded, when no log is named', async () => {
    const logNotAmended = {
      message: 'The import’s rows were written, but its Merge log could not be written in full.',
    };
    const { user, region } = renderSection(() => Promise.resolve(merged({ logNotAmended })));
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(await region.findByText('The Merge log was not written in full')).toBeInTheDocument();
    expect(region.getByText(/^From partner\.xlsx: 2 cases added, 1 case filled in/)).toBeInTheDocument();
    expect(region.getByText(logNotAmended.message)).toBeInTheDocument();
    expect(region.queryByText(/Recorded in the/)).not.toBeInTheDocument();
    expect(region.queryByText(/is not up to date/)).not.toBeInTheDocument();
  });

  it('shows how much of the file is read, then that the rows are being written, then the result alone', async () => {
    let finish: (outcome: ImportOutcome) => void = () => {};
    let reading: (done: number) => void = () => {};
    const { user, region } = renderSection((_file, onReading) => {
      reading = onReading!;
      return new Promise((resolve) => (finish = resolve));
    });
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    const bar = region.getByRole('progressbar', { name: 'Import progress' });
    // Before the reader says how far it is, the bar only says something is happening.
    expect(bar).not.toHaveAttribute('aria-valuenow');
    act(() => reading(0.4));
    expect(bar).toHaveAttribute('aria-valuenow', '0.4');
    expect(region.getByText('Reading partner.xlsx…')).toBeInTheDocument();
    act(() => reading(0.75));
    expect(bar).toHaveAttribute('aria-valuenow', '0.75');
    act(() => reading(1));
    expect(region.getByText('Adding the rows of partner.xlsx to this workbook…')).toBeInTheDocument();
    expect(region.queryByText('Reading partner.xlsx…')).not.toBeInTheDocument();
    expect(region.getByRole('progressbar', { name: 'Import progress' })).not.toHaveAttribute('aria-valuenow');
    finish(merged());
    expect(await region.findByText(/^From partner\.xlsx: 2 cases added/)).toBeInTheDocument();
    expect(region.queryByRole('progressbar')).not.toBeInTheDocument();
    // A second import starts from nothing read, not from the last one's share.
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(region.getByText('Reading partner.xlsx…')).toBeInTheDocument();
    expect(region.getByRole('progressbar', { name: 'Import progress' })).not.toHaveAttribute('aria-valuenow');
    finish(merged());
    expect(await region.findByText(/^From partner\.xlsx: 2 cases added/)).toBeInTheDocument();
  });

  it('says which sheet records the import, and goes there', async () => {
    const { user, onSelectCell, region } = renderSection(() =>
      Promise.resolve(merged({ log: 'Merge log 2' })),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    const link = await region.findByRole('button', { name: 'Merge log 2' });
    expect(link.closest('p')).toHaveTextContent(/^Recorded in the Merge log 2 sheet\.$/);
    await user.click(link);
    expect(onSelectCell).toHaveBeenCalledWith('Merge log 2', 'A1');
  });

  it('says beside the result when a co-author added one of the same cases meanwhile, linking our row', async () => {
    const { user, onSelectCell, region } = renderSection(() =>
      Promise.resolve(
        merged({
          log: 'Merge log',
          inTwoRows: [
            {
              sheet: 'Audit',
              cell: 'A5',
              message:
                'Case P-002 is now in Audit!A3 and Audit!A5 (Audit!A5 is the row imported from partner.xlsx).',
            },
          ],
        }),
      ),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(await region.findByText(/^From partner\.xlsx: 2 cases added/)).toBeInTheDocument();
    expect(region.getByText('Someone else added the same cases meanwhile')).toBeInTheDocument();
    expect(region.getByText(/Case P-002 is now in Audit!A3 and Audit!A5/)).toBeInTheDocument();
    await user.click(region.getByRole('button', { name: 'Audit!A5' }));
    expect(onSelectCell).toHaveBeenCalledWith('Audit', 'A5');
  });

  it('says when rows moved while the import wrote them: not counted as filled in, each row linked', async () => {
    const movedRow = {
      sheet: 'Audit',
      cell: 'A6',
      message:
        'Rows of the Audit sheet moved while importing case K-004 from partner.xlsx (row 6 now holds "K-003").',
    };
    const { user, onSelectCell, region } = renderSection(() =>
      Promise.resolve(merged({ added: [], filled: ['K-002', 'K-004'], movedRows: [movedRow] })),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(
      await region.findByText(
        /^From partner\.xlsx: 0 cases added, 1 case filled in, 1 case written into another row \(below\),/,
      ),
    ).toBeInTheDocument();
    expect(region.getByText('Rows moved while the import wrote them')).toBeInTheDocument();
    expect(region.getByText(/row 6 now holds "K-003"/)).toBeInTheDocument();
    await user.click(region.getByRole('button', { name: 'Audit!A6' }));
    expect(onSelectCell).toHaveBeenCalledWith('Audit', 'A6');
  });

  it('shows a refusal with what to fix, without links into this workbook', async () => {
    const { user, region } = renderSection(() =>
      Promise.resolve({
        kind: 'refused',
        label: 'partner.xlsx',
        problems: [{ message: 'The question sets differ (version "2023-03" here, "2" in partner.xlsx).' }],
      }),
    );
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(await region.findByText('Nothing was imported from partner.xlsx')).toBeInTheDocument();
    expect(region.getByText(/The question sets differ/)).toBeInTheDocument();
    expect(region.getAllByRole('button').map((b) => b.textContent)).toEqual(['Import rows']);
  });

  it('says when there is nothing new, and when Excel failed', async () => {
    const outcomes = [
      () => Promise.resolve(merged({ added: [], filled: [] })),
      () => Promise.reject(new Error('RichApi.Error: busy')),
    ];
    const { user, region } = renderSection(() => outcomes.shift()!());
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(
      await region.findByText('Nothing to import: this workbook already holds everything in partner.xlsx.'),
    ).toBeInTheDocument();
    expect(region.queryByText(/Recorded in the/)).not.toBeInTheDocument();
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(await region.findByText('Nothing was imported')).toBeInTheDocument();
    expect(region.getByText(/Excel did not finish the request \(RichApi.Error: busy\)/)).toBeInTheDocument();
  });

  it('is the last step of the Planning panel, wired to its callback', async () => {
    const { user, props } = renderPlanningPanel();
    const region = within(screen.getByRole('region', { name: 'Import another workbook' }));
    await user.upload(region.getByLabelText(/Their workbook/), partnerFile());
    await user.click(region.getByRole('button', { name: 'Import rows' }));
    expect(props.onImportWorkbook).toHaveBeenCalledTimes(1);
    expect(await region.findByText(/Nothing to import/)).toBeInTheDocument();
  });
});

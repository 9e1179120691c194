/** @jest-environment jsdom */
import { cleanup, screen } from '@testing-library/react';
import { renderFindingsPanel } from './renderFindingsPanel';

// Fluent renders slowly in jsdom on a shared machine; these tests judge behaviour, not speed.
jest.setTimeout(30_000);

describe('FindingsPanel data quality', () => {
  it('lists each issue with a link that selects its cell, and can open the case', async () => {
    const onOpenCaseForIssue = jest.fn<void, [string, string]>();
    const { user, props } = renderFindingsPanel({ onOpenCaseForIssue });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));

    expect(
      await screen.findByText('1 data-quality issue: choose one to go to its cell.'),
    ).toBeInTheDocument();
    // C-007 is Not started: its blank answers are not missing yet, so it is not listed.
    expect(screen.queryByRole('button', { name: 'Open case C-007' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Audit!E7' }));
    expect(props.onSelectCell).toHaveBeenCalledWith('Audit', 'E7');
    expect(screen.getByRole('button', { name: 'Audit!E7' }).closest('li')).toHaveTextContent(
      /case C-005, months/,
    );

    await user.click(screen.getByRole('button', { name: 'Open case C-005' }));
    expect(onOpenCaseForIssue).toHaveBeenCalledWith('C-005', 'months');
  });

  it('says so when the cell cannot be selected', async () => {
    const { user } = renderFindingsPanel({
      onSelectCell: () => Promise.reject(new Error('The workbook is in cell-edit mode.')),
    });
    await user.click(screen.getByRole('button', { name: 'Refresh findings' }));
    await user.click(await screen.findByRole('button', { name: 'Audit!E7' }));
    expect(await screen.findByText('Could not go to the cell')).toBeInTheDocument();
    expect(screen.getByText(/cell-edit mode/)).toBeInTheDocument();
  });
});

describe('FindingsPanel board copy', () => {
  const SUMMARY = ['Case IDs, auditor names and free text removed.', 'Counts from 1 to 5 shown as c.'];

  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    cleanup(); // unmount first: the link revokes its URL as it goes
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('offers the file for download when bytes are given, and says what was removed', async () => {
    // jsdom has no blob URLs; the link's target is what is checked.
    const created: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:board-copy';
    });
    URL.revokeObjectURL = jest.fn();
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    const { user } = renderFindingsPanel({
      onPrepareBoardCopy: () =>
        Promise.resolve({ fileName: 'Audit board copy.xlsx', summary: SUMMARY, bytes }),
    });
    await user.click(screen.getByRole('button', { name: 'Prepare board copy' }));

    const link = await screen.findByRole('link', { name: 'Download Audit board copy.xlsx' });
    expect(link).toHaveAttribute('href', 'blob:board-copy');
    expect(link).toHaveAttribute('download', 'Audit board copy.xlsx');
    expect(created[0]!.size).toBe(bytes.length);
    expect(screen.getByRole('list', { name: 'Removed and suppressed' })).toHaveTextContent(
      'Case IDs, auditor names and free text removed.Counts from 1 to 5 shown as c.',
    );
  });

  it('in Excel, where the copy opens itself, shows the summary and no link', async () => {
    const { user, props } = renderFindingsPanel();
    await user.click(screen.getByRole('button', { name: 'Prepare board copy' }));
    expect(await screen.findByText(/Board copy\.xlsx has opened as a new workbook/)).toBeInTheDocument();
    expect(screen.getByText('Case IDs removed.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Download/ })).not.toBeInTheDocument();
    expect(props.onPrepareBoardCopy).toHaveBeenCalledTimes(1);
  });

  it('says when the copy could not be made', async () => {
    const { user } = renderFindingsPanel({
      onPrepareBoardCopy: () => Promise.reject(new Error('Excel could not create a workbook.')),
    });
    await user.click(screen.getByRole('button', { name: 'Prepare board copy' }));
    expect(await screen.findByText(/The board copy was not made\./)).toHaveTextContent(
      /could not create a workbook/,
    );
  });
});

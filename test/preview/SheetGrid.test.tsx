/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimWorkbook } from '../../src/excel-sim';
import { estimateText } from '../../src/preview/measureText';
import { SheetGrid } from '../../src/preview/SheetGrid';
import { ThemedRoot } from '../../src/ui/app/ThemedRoot';

async function auditSheet(rows: number) {
  const sim = new SimWorkbook({ sheets: ['Audit'] });
  await sim.setValues('Audit', 'A1', [
    ['Case ID', 'Status'],
    ...Array.from({ length: rows }, (_, i) => [`C-${i + 1}`, 'Not started']),
  ]);
  sim.setNumberFormat('Audit', 'C1', '0%');
  await sim.setCell('Audit', 'C1', 0.68);
  return sim.snapshot().sheets[0]!;
}

test('thousands of rows render only the rows in view', async () => {
  const sheet = await auditSheet(5000);
  render(
    <ThemedRoot dark={false}>
      <SheetGrid sheet={sheet} selection={null} onSelect={() => {}} />
    </ThemedRoot>,
  );
  expect(screen.getByRole('gridcell', { name: 'C-1' })).toBeInTheDocument();
  expect(screen.queryByRole('gridcell', { name: 'C-4999' })).not.toBeInTheDocument();
  expect(screen.getAllByRole('row').length).toBeLessThan(120);
  expect(screen.getByRole('grid')).toHaveAttribute('aria-rowcount', String(5000 + 1 + 5 + 1));
});

test('values show as Excel formats them, and a click reports the cell', async () => {
  const sheet = await auditSheet(3);
  const onSelect = jest.fn();
  render(
    <ThemedRoot dark={false}>
      <SheetGrid sheet={sheet} selection={{ r0: 1, c0: 0, r1: 1, c1: 0 }} onSelect={onSelect} />
    </ThemedRoot>,
  );
  expect(screen.getByRole('gridcell', { name: '68%' })).toBeInTheDocument();
  expect(screen.getByRole('gridcell', { name: 'C-1' })).toHaveAttribute('aria-selected', 'true');
  await userEvent.click(screen.getByRole('gridcell', { name: 'C-3' }));
  expect(onSelect).toHaveBeenCalledWith('A4');
});

async function sheetWith(write: (ws: Excel.Worksheet) => void) {
  const sim = new SimWorkbook({ sheets: ['Findings'] });
  await sim.host().run(async (context) => {
    write(context.workbook.worksheets.getItem('Findings'));
    await context.sync();
  });
  return sim.snapshot().sheets[0]!;
}

function grid(sheet: Awaited<ReturnType<typeof sheetWith>>) {
  return render(
    <ThemedRoot dark={false}>
      <SheetGrid sheet={sheet} selection={null} onSelect={() => {}} measure={estimateText} />
    </ThemedRoot>,
  );
}

/** The px width of a column, read from the colgroup beside its header letter. */
function columnWidth(letter: string): string {
  const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
  const cols = Array.from(screen.getByRole('grid').querySelectorAll('col'));
  // Headers start with the corner cell ("Row"); cols with the row headers' column then, with nothing frozen,
  // the pad before the scrolled columns: so column A's <col> is one after its header's index.
  const index = headers.indexOf(letter);
  return cols[index + 1]!.style.width;
}

test('column widths set by the add-in show, in pixels', async () => {
  const sheet = await sheetWith((ws) => {
    ws.getRange('A1:B1').values = [['Indicator', 'n']];
    ws.getRange('A:A').format.columnWidth = 342;
  });
  grid(sheet);
  expect(columnWidth('A')).toBe('456px');
  expect(columnWidth('B')).toBe('64px');
});

test('long text runs over empty neighbours and stops at a filled one', async () => {
  const sheet = await sheetWith((ws) => {
    ws.getRange('A1:C2').values = [
      ['Findings: Contacts and re-referrals audit', '', ''],
      ['Findings: Contacts and re-referrals audit', 'x', ''],
    ];
  });
  grid(sheet);
  const [runs, stops] = screen.getAllByRole('gridcell', {
    name: 'Findings: Contacts and re-referrals audit',
  });
  expect(runs!.querySelector('div')?.style.width).toMatch(/px$/);
  expect(parseInt(runs!.querySelector('div')!.style.width)).toBeGreaterThan(64);
  expect(stops!.querySelector('div')).toBeNull();
});

test('a date that does not fit shows as ####, and numbers align right', async () => {
  const sheet = await sheetWith((ws) => {
    ws.getRange('A1:B1').numberFormat = [['yyyy-mm-dd hh:mm', 'General']];
    ws.getRange('A1:B1').values = [[44963.4375, 12]];
  });
  grid(sheet);
  const date = screen.getByRole('gridcell', { name: /^#+$/ });
  expect(date).toHaveAttribute('data-address', 'A1');
  expect(screen.getByRole('gridcell', { name: '12' })).toHaveStyle({ textAlign: 'right' });
});

test('frozen columns stay at the left as the sheet scrolls', async () => {
  const sheet = await sheetWith((ws) => {
    ws.getRange('A1:B1').values = [['Case ID', 'Status']];
    ws.freezePanes.freezeAt(ws.getRange('A1:A2'));
  });
  grid(sheet);
  expect(screen.getByRole('gridcell', { name: 'Case ID' })).toHaveStyle({ position: 'sticky', left: '44px' });
  expect(screen.getByRole('gridcell', { name: 'Status' }).style.left).toBe('');
});

test('a wrapped, top-aligned cell is drawn from the top, as Excel draws it; others from the bottom', async () => {
  const sheet = await sheetWith((ws) => {
    const long = ws.getRange('A1');
    long.values = [['A reason long enough to wrap onto several lines of its narrow column']];
    long.format.wrapText = true;
    long.format.verticalAlignment = 'Top';
    ws.getRange('B1').values = [['beside it']];
  });
  grid(sheet);
  expect(screen.getByRole('gridcell', { name: /^A reason long enough/ }).style.verticalAlign).toBe('top');
  expect(screen.getByRole('gridcell', { name: 'beside it' }).style.verticalAlign).toBe('bottom');
});

/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SimWorkbook } from '../../src/excel-sim';
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

import { auditWith, counted } from '../auditFixture';

describe('selectCases (drill-down)', () => {
  test('selects the whole Audit rows of the cases, neighbours as one block', async () => {
    const { workbook, audit } = await auditWith(10);
    const { result, syncs } = await counted(workbook, () =>
      audit.selectCases(['C-002', 'c-003', 'C-007', 'C-404']),
    );
    expect(result).toEqual({ missing: ['C-404'] });
    const width = workbook
      .snapshot()
      .sheets.find((s) => s.name === 'Audit')!
      .tables[0]!.range.split(':')[1]!;
    const last = width.replace(/\d+/, '');
    expect(workbook.snapshot().selection).toEqual({ sheet: 'Audit', address: `A4:${last}5,A9:${last}9` });
    expect(syncs).toBeLessThanOrEqual(2);
  });

  test('finds the rows again after a co-author sorts them', async () => {
    const { workbook, audit } = await auditWith(4);
    await workbook.setValues('Audit', 'A3', [['C-004'], ['C-003'], ['C-002'], ['C-001']]);
    await audit.selectCases(['C-001']);
    expect(workbook.snapshot().selection?.address).toMatch(/^A6:[A-Z]+6$/);
  });

  test('selects nothing when none of the cases is on the sheet', async () => {
    const { workbook, audit } = await auditWith(2);
    const before = workbook.snapshot().selection;
    expect(await audit.selectCases(['X-1'])).toEqual({ missing: ['X-1'] });
    expect(workbook.snapshot().selection).toEqual(before);
  });
});

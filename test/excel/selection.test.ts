import { auditWith } from './auditFixture';

describe('the pane follows the selected row of the Audit sheet', () => {
  test('clicking a case row gives its Case ID; elsewhere gives null; after stopping, nothing', async () => {
    const { workbook, audit } = await auditWith(3);
    const seen: (string | null)[] = [];
    const stop = await audit.watchSelection((caseId) => seen.push(caseId));
    await workbook.select('Audit', 'G4');
    await workbook.select('Audit', 'B2'); // the header
    await workbook.select('Audit', 'C5:D9');
    await workbook.select('Questions', 'A3');
    await workbook.select('Audit', 'A40'); // below the table
    await stop();
    await workbook.select('Audit', 'A3');
    expect(seen).toEqual(['C-002', null, 'C-003', null, null]);
  });

  test('selecting a case goes to its Case ID cell, found by ID; selecting a cell goes there', async () => {
    const { workbook, audit } = await auditWith(3);
    workbook.insertRows('Audit', '3:4');
    await audit.selectCase('C-002');
    expect(workbook.snapshot().selection).toEqual({ sheet: 'Audit', address: 'A6' });
    await audit.selectCell('Questions', 'C7');
    expect(workbook.snapshot()).toMatchObject({
      activeSheet: 'Questions',
      selection: { sheet: 'Questions', address: 'C7' },
    });
  });
});

import { auditWith } from './auditFixture';

/** The column letter of a header on the Audit sheet's header row (row 2). */
function columnOf(values: unknown[][], name: string): string {
  const i = values[0]!.indexOf(name);
  if (i < 0) throw new Error(`no ${name} column`);
  return String.fromCharCode(65 + i);
}

describe('new Audit rows are formatted like the rows above them, as in Excel', () => {
  test('a date typed by a person into a new row is a date; a date saved there reads back as one', async () => {
    const { workbook, audit } = await auditWith(4);
    const received = columnOf(workbook.getValues('Audit', 'A2:AE2'), 'date_received');
    const format = workbook.getCell('Audit', `${received}3`).numberFormat;
    expect(format).toMatch(/yyyy-mm-dd/);
    // Rows 4-6 came from rows.add and sheet rows inserted into the table: all dated like row 3.
    for (const row of [4, 5, 6])
      expect(workbook.getCell('Audit', `${received}${row}`).numberFormat).toBe(format);
    await workbook.setCell('Audit', `${received}6`, '06/02/2023');
    expect(workbook.getCell('Audit', `${received}6`)).toMatchObject({
      value: 44963,
      text: '2023-02-06 00:00',
    });
    const opened = await audit.openCase('C-004');
    expect(opened.answers.get('date_received')).toEqual(expect.anything());
    const saved = await audit.saveAnswer({
      caseId: 'C-003',
      question: 'date_received',
      answer: opened.answers.get('date_received')!,
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(saved).toMatchObject({ kind: 'saved' });
    expect(workbook.getCell('Audit', `${received}5`)).toMatchObject({
      value: 44963,
      text: '2023-02-06 00:00',
    });
  });
});

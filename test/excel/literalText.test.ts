import { auditWith } from './auditFixture';

const TRICKY = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '12',
  '0-3',
  'TRUE',
  'Tabs\tand\nline breaks\r\nkept',
  '  leading and trailing spaces  ',
];

describe('free text is stored literally, never as a formula, number or date', () => {
  test.each(TRICKY)('%j reads back exactly and is no formula', async (text) => {
    const { workbook, audit } = await auditWith(1);
    const saved = await audit.saveAnswer({
      caseId: 'C-001',
      question: 'auditor_comments',
      answer: text,
      previous: null,
      baseVersion: 0,
      auditor: 'Jo',
    });
    expect(saved.kind).toBe('saved');
    expect(workbook.getCell('Audit', 'AE3')).toMatchObject({ value: text, formula: null, numberFormat: '@' });
    expect((await audit.openCase('C-001')).answers.get('auditor_comments')).toBe(text);
  });

  test('even in a cell someone formatted as General, and for an auditor name that looks like a formula', async () => {
    const { workbook, audit } = await auditWith(1);
    workbook.setNumberFormat('Audit', 'AE3', 'General');
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'auditor_comments',
      answer: '=1+1',
      previous: null,
      baseVersion: 0,
      auditor: '+44 Jo',
    });
    expect(workbook.getCell('Audit', 'AE3')).toMatchObject({ value: '=1+1', formula: null });
    expect(workbook.getCell('Audit', 'E3')).toMatchObject({ value: '+44 Jo', formula: null });
  });
});

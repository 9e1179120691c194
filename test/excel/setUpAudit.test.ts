import { auditTemplate } from '../../src/core/template/auditTemplate';
import { AuditWorkbook } from '../../src/excel/AuditWorkbook';
import { SimWorkbook } from '../../src/excel-sim/SimWorkbook';
import { AUDIT_DAY, auditWith, counted } from './auditFixture';

const SHEETS = ['Questions', 'Choices', 'Settings', 'Indicators', 'Audit', 'Escalations'];

describe('Set up audit from the built-in template', () => {
  test('creates every sheet as a table named like it, in at most 4 round trips', async () => {
    const workbook = new SimWorkbook();
    const audit = new AuditWorkbook(workbook.host());
    const { result, syncs } = await counted(workbook, () => audit.setUp({ template: auditTemplate }));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(result.issues).toEqual([]);
    expect(result.createdSheets).toEqual(SHEETS);
    const snapshot = workbook.snapshot();
    for (const name of SHEETS) {
      const sheet = snapshot.sheets.find((s) => s.name === name);
      expect(sheet?.tables.map((t) => t.name)).toEqual([name]);
    }
  });

  test("the Indicators table has the template's chart column, with bar on the headline figures", async () => {
    const workbook = new SimWorkbook();
    await new AuditWorkbook(workbook.host()).setUp({ template: auditTemplate });
    const indicators = workbook.snapshot().sheets.find((s) => s.name === 'Indicators')!;
    expect(indicators.tables[0]!.columns).toEqual(['name', 'label', 'numerator', 'denominator', 'chart']);
    expect(workbook.getValues('Indicators', 'A5:E5')[0]![4]).toBe('bar'); // police_clear
    expect(workbook.getCell('Indicators', 'A5').value).toBe('police_clear');
  });

  test('an Indicators sheet from before the chart column is kept as it is and still sets up', async () => {
    const workbook = new SimWorkbook({ sheets: ['Indicators'] });
    await workbook.setValues('Indicators', 'A1', [
      ['name', 'label', 'numerator', 'denominator'],
      ['screened', 'cases audited were screened within 24 hours', "${screened_24h} = 'yes'", ''],
    ]);
    const result = await new AuditWorkbook(workbook.host()).setUp({ template: auditTemplate });
    expect(result.issues).toEqual([]);
    expect(result.createdSheets).not.toContain('Indicators');
    expect(workbook.getValues('Indicators', 'A1:E1')).toEqual([
      ['name', 'label', 'numerator', 'denominator', ''],
    ]);
  });

  test('the Audit sheet works without the pane: labels above the header, dropdowns, formats, frozen panes', async () => {
    const { workbook } = await auditWith(0);
    expect(workbook.getValues('Audit', 'A2:G2')).toEqual([
      ['Case ID', 'Auditor', 'Status', 'Last saved', 'Saved by', 'Version', 'case_type'],
    ]);
    expect(workbook.getCell('Audit', 'G1').value).toBe('Is this a contact/referral or a re-referral?');
    const audit = workbook.snapshot().sheets.find((s) => s.name === 'Audit')!;
    const header = audit.tables[0]!.columns;
    expect(header).not.toContain('contact'); // groups have no column
    expect(header).toContain('screened_24h'); // calculations do
    const columnOf = (name: string): string => String.fromCharCode(65 + header.indexOf(name));
    const dropdown = audit.dataValidations.find((v) => v.range.startsWith(`${columnOf('case_type')}3`));
    expect(dropdown?.rule).toEqual({
      list: { inCellDropDown: true, source: 'Contact/referral,Re-referral' },
    });
    expect(workbook.getCell('Audit', `${columnOf('date_received')}3`).numberFormat).toBe('yyyy-mm-dd hh:mm');
    expect(workbook.getCell('Audit', 'AE3').numberFormat).toBe('@'); // auditor_comments: free text
    expect(header[30]).toBe('auditor_comments');
    expect(audit.frozen).toEqual({ rows: 2, columns: 1 });
  });

  test('run again after the questions change: adds the new column, keeps answers, reports the retired one', async () => {
    const { workbook, audit } = await auditWith(2);
    const opened = await audit.openCase('C-001');
    await audit.saveAnswer({
      caseId: 'C-001',
      question: 'auditor_comments',
      answer: 'Kept',
      previous: null,
      baseVersion: opened.version,
      auditor: 'Sam',
    });
    const again = await audit.setUp('workbook');
    expect(again).toMatchObject({ createdSheets: [], addedColumns: [], retiredColumns: [], issues: [] });

    const questions = workbook.snapshot().sheets.find((s) => s.name === 'Questions')!;
    const commentsRow = questions.values.findIndex((r) => r[1] === 'auditor_comments') + 1;
    await workbook.setCell('Questions', `B${commentsRow}`, 'final_comments');
    const changed = await audit.setUp('workbook');
    expect(changed.issues).toEqual([]);
    expect(changed.addedColumns).toEqual(['final_comments']);
    expect(changed.retiredColumns).toEqual(['auditor_comments']);
    expect(workbook.getCell('Audit', 'AE3').value).toBe('Kept');
    expect(workbook.getValues('Audit', 'AE2:AF2')).toEqual([['auditor_comments', 'final_comments']]);
    expect(workbook.getCell('Audit', 'AF3').numberFormat).toBe('@');
  });

  test('question-set errors come back as issues naming the cell, and Audit is left alone', async () => {
    const { workbook, audit } = await auditWith(1);
    await workbook.setCell('Questions', 'A3', 'select_one no_such_list');
    const result = await audit.setUp('workbook');
    expect(result.questionSet).toBeNull();
    expect(result.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: 'Questions', cell: 'A3' })]),
    );
    expect(workbook.getCell('Audit', 'A3').value).toBe('C-001');
  });

  test('from the workbook with no Questions sheet: says what to do', async () => {
    const audit = new AuditWorkbook(new SimWorkbook().host(), { now: () => AUDIT_DAY });
    const result = await audit.setUp('workbook');
    expect(result.issues[0]?.message).toMatch(
      /no Questions sheet .* set up the audit from the built-in template/,
    );
  });
});

describe('an ODK / KoboToolbox XLSForm works as it is', () => {
  test('survey and choices sheets are the questions; the rest is created around them', async () => {
    const workbook = new SimWorkbook({ sheets: ['survey', 'choices'] });
    await workbook.setValues('survey', 'A1', [
      ['type', 'name', 'label::English (en)'],
      ['select_one yn', 'seen', 'Was the child seen?'],
      ['text', 'notes', 'Notes'],
    ]);
    await workbook.setValues('choices', 'A1', [
      ['list_name', 'name', 'label::English (en)'],
      ['yn', 'yes', 'Yes'],
      ['yn', 'no', 'No'],
    ]);
    const audit = new AuditWorkbook(workbook.host(), { now: () => AUDIT_DAY });
    const result = await audit.setUp('workbook');
    expect(result.issues).toEqual([]);
    expect(result.createdSheets).toEqual(['Settings', 'Indicators', 'Audit', 'Escalations']);
    expect(workbook.sheetNames()).not.toContain('Questions');
    expect(workbook.getValues('Audit', 'G2:H2')).toEqual([['seen', 'notes']]);
    await audit.addCases([{ caseId: 'K-1' }]);
    const saved = await audit.saveAnswer({
      caseId: 'K-1',
      question: 'seen',
      answer: 'yes',
      previous: null,
      baseVersion: 0,
      auditor: 'Ana',
    });
    expect(saved.kind).toBe('saved');
    expect(workbook.getCell('Audit', 'G3').value).toBe('Yes');
  });
});

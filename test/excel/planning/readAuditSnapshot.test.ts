import type { SheetData } from '../../../src/core/sheets/SheetData';
import { readAuditSnapshot } from '../../../src/excel/planning/readAuditSnapshot';
import { readXlsxSheets } from '../../../src/xlsx/read/readXlsxSheets';
import { auditRows, planningWith } from './planningFixture';
import { cellOf, partnerWorkbook, sheetsOf, xlsxOf } from './readAuditSnapshotWorkbook';

const read = (sheets: readonly SheetData[]) => {
  const result = readAuditSnapshot('b.xlsx', sheets);
  if (result.kind !== 'read') throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result;
};

describe('reading another workbook’s Audit rows', () => {
  it('decodes each row with its own question set and says where it came from', async () => {
    const { workbook } = await partnerWorkbook();
    const { snapshot, questionSet } = read(sheetsOf(workbook));
    expect(questionSet.version).toBe('2023-03');
    expect(snapshot.label).toBe('b.xlsx');
    expect(
      snapshot.rows.map((r) => [r.caseId, r.auditor, r.status, r.where, r.answers.get('case_type')]),
    ).toEqual([
      ['C-001', 'Sam', 'In progress', 'b.xlsx Audit!A3', 're_referral'],
      ['C-002', 'Sam', 'In progress', 'b.xlsx Audit!A4', null],
      ['C-003', 'Sam', 'Not started', 'b.xlsx Audit!A5', null],
    ]);
    expect(snapshot.rows[1]!.answers.get('auditor_comments')).toBe('Seen at home');
  });

  it('keeps an unreadable answer as its text, so a merge never fills over it', async () => {
    const { workbook } = await partnerWorkbook();
    await workbook.setCell('Audit', cellOf(workbook, 'case_type', 5), 'maybe');
    const { snapshot } = read(sheetsOf(workbook));
    expect(snapshot.rows[2]!.answers.get('case_type')).toBe('maybe');
  });

  it('accepts XLSForm sheet names and a header that is not on row 2, keeping true cell addresses', async () => {
    const { workbook } = await partnerWorkbook();
    const sheets = sheetsOf(workbook).map((s) => {
      if (s.name === 'Questions') return { ...s, name: 'survey' };
      // As a reader gives a used range that starts lower down: the label row gone, 10 blank rows above.
      if (s.name === 'Audit') return { ...s, rows: s.rows.slice(1), firstRow: 12 };
      return s;
    });
    const { snapshot } = read(sheets);
    expect(snapshot.rows.map((r) => r.where)).toEqual([
      'b.xlsx Audit!A13',
      'b.xlsx Audit!A14',
      'b.xlsx Audit!A15',
    ]);
  });

  it('gives an import that adds the partner’s cases to this workbook', async () => {
    const { workbook } = await partnerWorkbook();
    const { snapshot } = read(sheetsOf(workbook));
    const ours = await planningWith();
    const merged = await ours.planning.importAuditRows(snapshot);
    expect(merged.kind === 'merged' && merged.added.map((r) => r.caseId)).toEqual([
      'C-001',
      'C-002',
      'C-003',
    ]);
    expect(auditRows(ours).map((r) => r.status)).toEqual(['In progress', 'In progress', 'Not started']);
  });

  it('reads the same rows from the partner’s saved .xlsx as from the live workbook', async () => {
    const { workbook } = await partnerWorkbook();
    const live = read(sheetsOf(workbook)).snapshot.rows;
    const saved = read(readXlsxSheets(xlsxOf(workbook), 'b.xlsx')).snapshot.rows;
    expect(saved).toEqual(live);
    expect(saved[0]!.answers.get('date_received')).toEqual({
      kind: 'dateTime',
      days: expect.closeTo(19394.4375, 6) as number,
    });
  });

  it('gives each conflict our cell, so the pane can go to it', async () => {
    const { workbook } = await partnerWorkbook();
    const ours = await planningWith();
    await ours.audit.addCases([{ caseId: 'C-001', auditor: 'Sam' }]);
    await ours.audit.saveAnswer({
      caseId: 'C-001',
      question: 'case_type',
      answer: 'contact',
      previous: null,
      baseVersion: 0,
      auditor: 'Sam',
    });
    const cell = cellOf(ours.workbook, 'case_type', 3);
    const before = ours.workbook.getValues('Audit', cell);
    const merged = await ours.planning.importAuditRows(read(sheetsOf(workbook)).snapshot);
    if (merged.kind !== 'merged') throw new Error('refused');
    expect(merged.conflicts.map((c) => [c.caseId, c.sheet, c.cell])).toEqual([['C-001', 'Audit', cell]]);
    // Ours, kept: the cell the link goes to still holds this workbook's answer.
    expect(before[0]![0]).toMatch(/contact/i);
    expect(ours.workbook.getValues('Audit', cell)).toEqual(before);
  });
});

describe('refusing a workbook that cannot be read, naming workbook, sheet and cell', () => {
  it('has no question set', async () => {
    const { workbook } = await partnerWorkbook();
    const result = readAuditSnapshot(
      'b.xlsx',
      sheetsOf(workbook).filter((s) => s.name !== 'Questions'),
    );
    expect(result).toEqual({
      kind: 'refused',
      problems: [expect.objectContaining({ sheet: 'Questions', cell: '' })],
    });
    expect(result.kind === 'refused' && result.problems[0]!.message).toMatch(
      /^b\.xlsx has no Questions sheet/,
    );
  });

  it('has a question set with an error: the engine’s cell, and the workbook in the message', async () => {
    const { workbook } = await partnerWorkbook();
    await workbook.setCell('Questions', 'A3', 'select_one no_such_list');
    const result = readAuditSnapshot('b.xlsx', sheetsOf(workbook));
    if (result.kind !== 'refused') throw new Error('read a broken question set');
    expect(result.problems[0]).toMatchObject({ sheet: 'Questions', cell: 'A3' });
    expect(result.problems[0]!.message).toMatch(/^In b\.xlsx: .*no_such_list/);
  });

  it('has no Audit sheet, or no Case ID header', async () => {
    const { workbook } = await partnerWorkbook();
    const noAudit = readAuditSnapshot(
      'b.xlsx',
      sheetsOf(workbook).map((s) => (s.name === 'Audit' ? { ...s, name: 'Audit (old)' } : s)),
    );
    expect(noAudit.kind === 'refused' && noAudit.problems[0]!.message).toMatch(
      /^b\.xlsx has no Audit sheet \(its sheets: .*Audit \(old\)/,
    );
    await workbook.setCell('Audit', 'A2', 'Reference');
    const noHeader = readAuditSnapshot('b.xlsx', sheetsOf(workbook));
    expect(noHeader.kind === 'refused' && noHeader.problems[0]).toMatchObject({ sheet: 'Audit', cell: 'A1' });
  });

  it('has a row with answers but no Case ID, whose answers would otherwise be lost', async () => {
    const { workbook } = await partnerWorkbook();
    await workbook.setCell('Audit', 'A4', '');
    const result = readAuditSnapshot('b.xlsx', sheetsOf(workbook));
    if (result.kind !== 'refused') throw new Error('dropped a row holding answers');
    expect(result.problems.map((p) => [p.sheet, p.cell])).toEqual([['Audit', 'A4']]);
    expect(result.problems[0]!.message).toMatch(/^In b\.xlsx, row 4 .* holds answers but no Case ID/);
  });
});

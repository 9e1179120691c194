import type { SheetData } from '../../../src/core/sheets/SheetData';
import { columnLetters } from '../../../src/core/sheets/cellAddress';
import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { readAuditSnapshot } from '../../../src/excel/planning/readAuditSnapshot';
import { auditWith } from '../auditFixture';
import { auditRows, planningWith } from './planningFixture';

/** Every sheet of the workbook as a .xlsx reader would give it: values from A1, blanks as ''. */
function sheetsOf(workbook: SimWorkbook): SheetData[] {
  return workbook.sheetNames().map((name) => ({
    name,
    rows: workbook.getValues(name, 'A1:BZ60').map((r) => r.map((v) => v ?? '')),
  }));
}

/** The Audit cell of a case's answer, found by the header as a person would. */
function cellOf(workbook: SimWorkbook, question: string, row: number): string {
  const header = workbook.getValues('Audit', 'A2:BZ2')[0]!;
  return `${columnLetters(header.indexOf(question) + 1)}${row}`;
}

async function partnerWorkbook() {
  const fixture = await auditWith(3);
  const save = (caseId: string, question: string, answer: string) =>
    fixture.audit.saveAnswer({ caseId, question, answer, previous: null, baseVersion: 0, auditor: 'Pat' });
  await save('C-001', 'case_type', 're_referral');
  await save('C-002', 'auditor_comments', 'Seen at home');
  return fixture;
}

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

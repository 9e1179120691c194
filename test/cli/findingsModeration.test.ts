import ExcelJS from 'exceljs';
import { createCodec } from '../../src/core/codec/createCodec';
import { loadTemplate } from '../../src/core/template/loadTemplate';
import { seedCases } from '../core/template/seedCases';
import { tempFolder, writeAuditXlsx } from './auditXlsx';
import { runCliFor } from './runCliFor';

// Each test reads and writes whole .xlsx files, on a machine shared by several people.
jest.setTimeout(120_000);

const folder = tempFolder();
afterAll(() => folder.remove());

const { questionSet } = loadTemplate();
const codec = createCodec(questionSet);
const caseType = questionSet.questions.find((q) => q.name === 'case_type')!;
const selects = questionSet.questions.filter((q) => q.type === 'select_one' || q.type === 'select_multiple');
const labelOf = (name: unknown) => caseType.choices.find((c) => c.name === name)!.label;
const flip = (name: unknown) => (name === 'contact' ? 're_referral' : 'contact');
const firstOf = (id: string) =>
  seedCases()
    .find((c) => c.id === id)!
    .answers.get('case_type');

/**
 * The seed workbook (all Sam's) with C001-C010 re-audited by Mo: the case type called the other way on
 * C001 and C002, C002's disagreement resolved; C011's re-audit is not finished, so it is not compared.
 */
async function moderatedWorkbook(name: string): Promise<string> {
  const file = folder.path(name);
  await writeAuditXlsx(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const ids = Array.from({ length: 11 }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
  // Every select question's column, as Draw cases to moderate makes the table; Mo agrees but on C001-C002.
  const answersOf = (id: string, i: number) =>
    selects.map((q) => {
      const first =
        seedCases()
          .find((c) => c.id === id)!
          .answers.get(q.name) ?? null;
      const answer = q.name === 'case_type' && i < 2 ? flip(first) : first;
      return codec.byName.get(q.name)!.encode(answer) ?? '';
    });
  workbook
    .addWorksheet('Moderation')
    .addRows([
      ['Case ID', 'Moderator', 'Status', ...selects.map((q) => q.name)],
      ...ids.map((id, i) => [id, 'Mo', i < 10 ? 'Complete' : 'In progress', ...answersOf(id, i)]),
    ]);
  workbook.addWorksheet('Resolutions').addRows([
    ['Case ID', 'Question', 'Auditor', 'Moderator', 'First answer', 'Second answer', 'Resolution'],
    ['C002', 'case_type', 'Sam', 'Mo', firstOf('C002'), flip(firstOf('C002')), 'The moderator is right'],
  ]);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('case-audit findings reports moderation agreement', () => {
  it('gives agreement, disagreements by auditor and the open ones in --json, from the add-in code', async () => {
    const run = await runCliFor('findings', await moderatedWorkbook('json.xlsx'), '--json');
    expect(run.code).toBe(0);
    const { moderation } = JSON.parse(run.out) as { moderation: Record<string, unknown> };
    expect(moderation.cases).toBe(10);
    // Mo agreed on every answer but two: every select question's column was copied from the first audit.
    expect(Number(moderation.compared) - Number(moderation.agreed)).toBe(2);
    expect(moderation.questions).toContainEqual(
      expect.objectContaining({ question: 'case_type', compared: 10, agreed: 8, percent: 80 }),
    );
    expect(moderation.byAuditor).toEqual([
      expect.objectContaining({ auditor: 'Sam', cases: 10, disagreements: 2, resolved: 1 }),
    ]);
    expect(moderation.unresolved).toEqual([
      {
        caseId: 'C001',
        question: 'case_type',
        auditor: 'Sam',
        moderator: 'Mo',
        first: labelOf(firstOf('C001')),
        second: labelOf(flip(firstOf('C001'))),
        cell: 'Moderation!D2',
      },
    ]);
  });

  it('prints it in the text report and writes it into the --out copy', async () => {
    const out = folder.path('copy.xlsx');
    const run = await runCliFor('findings', await moderatedWorkbook('text.xlsx'), '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(
      /Moderation agreement: 10 cases audited twice, \d+ of \d+ answers compared agree/,
    );
    expect(run.out).toMatch(/Is this a contact\/referral or a re-referral\?\s+10\s+8\s+80%\s+\S/);
    expect(run.out).toMatch(/Sam\s+10\s+\d+\s+\d+\s+\d+%\s+2\s+1/);
    expect(run.out).toContain(
      `C001, ${caseType.label}: first ${labelOf(firstOf('C001'))}, moderator ${labelOf(flip(firstOf('C001')))}  Moderation!D2`,
    );
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(out);
    const column = copy.getWorksheet('Findings')!.getColumn(1).values.map(String);
    expect(column).toEqual(expect.arrayContaining(['Moderation agreement', caseType.label]));
    expect(copy.getWorksheet('Findings')!.getColumn(2).values).toContain('C001');
  });

  it('says nothing of moderation when no re-audit is complete', async () => {
    const file = folder.path('plain.xlsx');
    await writeAuditXlsx(file);
    const run = await runCliFor('findings', file, '--json');
    expect(JSON.parse(run.out)).not.toHaveProperty('moderation');
  });
});

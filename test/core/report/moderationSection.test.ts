import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { AuditAnswers } from '../../../src/core/moderation/AgreementReport';
import { agreement } from '../../../src/core/moderation/agreement';
import { findingsReport } from '../../../src/core/report/findingsReport';
import type { ModerationRecords, ResolutionRecord } from '../../../src/core/report/ModerationRecords';
import { disagreementKey } from '../../../src/core/report/ModerationRecords';
import type { PlanningRecords } from '../../../src/core/report/PlanningRecords';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { seedCases } from '../template/seedCases';
import { rowOf, seedFindings, sheetNamed } from './reportFixture';

const QUESTIONS = ['case_type', 'source', 'primary_category'];
const questions = loadTemplate().questionSet.questions.filter((q) => QUESTIONS.includes(q.name));
const auditorOf = (i: number): string => (i % 2 === 0 ? 'Ann Lee' : 'Bo Chan');
const other = (q: string, a: Answer): Answer =>
  q === 'case_type' ? (a === 'contact' ? 're_referral' : 'contact') : a === 'other' ? 'neglect' : 'other';

/**
 * The first 12 seed cases moderated by Mo Ray, who agrees on source everywhere and differs on case_type
 * for C001 (Ann's) and C002 (Bo's) and on primary_category for C003 (Ann's).
 */
function moderation(resolutions: ResolutionRecord[]): ModerationRecords {
  const cases = seedCases().slice(0, 12);
  const pick = (answers: ReadonlyMap<string, Answer>) =>
    new Map(QUESTIONS.map((q) => [q, answers.get(q) ?? null]));
  const first: AuditAnswers[] = cases.map((c, i) => ({
    caseId: c.id,
    auditor: auditorOf(i),
    answers: pick(c.answers),
  }));
  const changed: Record<string, string> = { C001: 'case_type', C002: 'case_type', C003: 'primary_category' };
  const second: AuditAnswers[] = first.map((f) => {
    const answers = new Map(f.answers);
    const q = changed[f.caseId];
    if (q !== undefined) answers.set(q, other(q, answers.get(q)!));
    return { caseId: f.caseId, auditor: 'Mo Ray', answers };
  });
  const report = agreement(first, second, questions);
  const cells = new Map([
    [disagreementKey('C001', 'case_type'), 'D2'],
    [disagreementKey('C002', 'case_type'), 'D3'],
    [disagreementKey('C003', 'primary_category'), 'G4'],
  ]);
  return { report, resolutions, sheet: 'Moderation', cells };
}

const seedAnswer = (id: string, q: string): string =>
  seedCases()
    .find((c) => c.id === id)!
    .answers.get(q) as string;

/** C001 resolved as it stands; C002's resolution was for other answers, so it is open again. */
const resolutions = (): ResolutionRecord[] => [
  {
    caseId: 'c001 ',
    question: 'case_type',
    first: seedAnswer('C001', 'case_type'),
    second: other('case_type', seedAnswer('C001', 'case_type')) as string,
  },
  { caseId: 'C002', question: 'case_type', first: 'something else', second: 'contact' },
];

function planning(records: ModerationRecords): PlanningRecords {
  return { cases: [], moderation: records };
}

/** A laid-out table's rows (header first) by name. */
function table(sheet: ReportSheet, name: string): (readonly unknown[])[] {
  const range = sheet.tables.find((t) => t.name === name)?.range;
  if (range === undefined) throw new Error(`No table ${name}`);
  const [, top, bottom] = /^A(\d+):[A-Z]+(\d+)$/.exec(range)!.map(Number);
  return sheet.cells.slice(top! - 1, bottom);
}

const label = (name: string): string => questions.find((q) => q.name === name)!.label;

describe('Moderation agreement on the Findings sheet', () => {
  const team = () =>
    sheetNamed(
      findingsReport(seedFindings(), {
        refreshedAt: 'now',
        audience: 'team',
        planning: planning(moderation(resolutions())),
      }),
      'Findings',
    );

  it('gives each question its cases compared, agreement and kappa', () => {
    const records = moderation(resolutions());
    const sheet = team();
    const rows = table(sheet, 'Findings_Agreement');
    expect(rows[0]).toEqual(['Question', 'n', 'Agreed', '% agreed', 'Kappa']);
    const caseType = rows.find((r) => r[0] === label('case_type'))!;
    const kappa = records.report.questions.find((q) => q.question === 'case_type')!.kappa!.value;
    expect(caseType).toEqual([label('case_type'), 12, 10, 0.83, kappa]);
    expect(rows.find((r) => r[0] === label('source'))!.slice(1, 4)).toEqual([12, 12, 1]);
    const note = sheet.cells[rowOf(sheet, 'Moderation agreement')]![0];
    expect(note).toMatch(/^12 cases audited twice.*: 33 of 36 answers compared agree \(92%\)/);
    const kappaCells = sheet.styles.filter((s) => s.numberFormat === '0.00');
    expect(kappaCells).toHaveLength(1);
  });

  it("counts each auditor's disagreements and those the lead resolved for the answers as they stand", () => {
    const rows = table(team(), 'Findings_AgreementByAuditor');
    expect(rows[0]).toEqual([
      'Auditor',
      'Cases',
      'Compared',
      'Agreed',
      '% agreed',
      'Disagreements',
      'Resolved',
    ]);
    expect(rows[1]).toEqual(['Ann Lee', 6, 18, 16, 0.89, 2, 1]);
    expect(rows[2]).toEqual(['Bo Chan', 6, 18, 17, 0.94, 1, 0]);
  });

  it('lists the open disagreements with both answers as labels and a link to the Moderation cell', () => {
    const sheet = team();
    const rows = table(sheet, 'Findings_Disagreements');
    const first = (id: string, q: string) =>
      questions.find((x) => x.name === q)!.choices.find((c) => c.name === seedAnswer(id, q))!.label;
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([
      [label('case_type'), 'C002'],
      [label('primary_category'), 'C003'],
    ]);
    expect(rows[1]![2]).toBe(first('C002', 'case_type'));
    expect(rows[2]![3]).toBe(first('C003', 'primary_category') === 'Other' ? 'Neglect' : 'Other');
    expect(rows[1]![4]).toBe('Moderation!D3');
    const linkRow = sheet.cells.findIndex((r) => r[1] === 'C003') + 1;
    expect(sheet.links).toContainEqual({ cell: `E${linkRow}`, target: "'Moderation'!G4" });
    expect(JSON.stringify(sheet.cells)).toContain('3 disagreements, 1 resolved on the Resolutions sheet.');
  });

  it('wraps the open disagreements, in answer columns that hold any choice label of the template in two lines', () => {
    const sheet = team();
    const range = sheet.tables.find((t) => t.name === 'Findings_Disagreements')!.range;
    const [, header, last] = /^A(\d+):E(\d+)$/.exec(range)!.map(Number);
    expect(sheet.wrapped).toContain(`A${header! + 1}:E${last}`);
    const titles = sheet.cells[header! - 1]!;
    const answerColumns = [titles.indexOf('First answer'), titles.indexOf("Moderator's answer")];
    const longest = Math.max(
      ...loadTemplate().questionSet.questions.flatMap((q) => q.choices.map((c) => c.label.length)),
    );
    for (const c of answerColumns) expect(2 * sheet.columnWidths[c]!).toBeGreaterThanOrEqual(longest);
  });

  it("wraps the agreement table's Kappa column, where a missing kappa gives its reason in a sentence", () => {
    const sheet = team();
    const range = sheet.tables.find((t) => t.name === 'Findings_Agreement')!.range;
    const [, header, last] = /^A(\d+):E(\d+)$/.exec(range)!.map(Number);
    expect(sheet.cells[header! - 1]![4]).toBe('Kappa');
    expect(sheet.wrapped).toContain(`E${header! + 1}:E${last}`);
  });

  it('is left out until a re-audit is complete, and says so when every disagreement is resolved', () => {
    const none = agreement([], [], questions);
    const empty = findingsReport(seedFindings(), {
      refreshedAt: 'now',
      audience: 'team',
      planning: planning({ report: none, resolutions: [], sheet: 'Moderation', cells: new Map() }),
    });
    expect(JSON.stringify(empty)).not.toContain('Moderation agreement');
    const records = moderation([]);
    const all = records.report.disagreements.map((d) => ({ caseId: d.caseId, question: d.question }));
    const sheet = sheetNamed(
      findingsReport(seedFindings(), {
        refreshedAt: 'now',
        audience: 'team',
        planning: planning({ ...records, resolutions: all }),
      }),
      'Findings',
    );
    expect(sheet.tables.map((t) => t.name)).not.toContain('Findings_Disagreements');
    expect(JSON.stringify(sheet.cells)).toContain('3 disagreements, 3 resolved');
  });

  it('on the board copy gives agreement per question only, suppressed, with no case, auditor or moderator', () => {
    const sheets = findingsReport(seedFindings({ suppress: true }), {
      refreshedAt: 'now',
      audience: 'board',
      planning: planning(moderation(resolutions())),
    });
    const sheet = sheetNamed(sheets, 'Findings');
    const rows = table(sheet, 'Findings_Agreement');
    // Two disagreements of 12 is a small number: agreed is hidden, and with it % and kappa.
    expect(rows.find((r) => r[0] === label('case_type'))).toEqual([label('case_type'), 12, 'c', null, '']);
    const source = rows.find((r) => r[0] === label('source'))!;
    expect(source.slice(0, 4)).toEqual([label('source'), 12, 12, 1]);
    expect(sheet.tables.map((t) => t.name)).not.toContain('Findings_AgreementByAuditor');
    expect(sheet.tables.map((t) => t.name)).not.toContain('Findings_Disagreements');
    const text = JSON.stringify(sheets);
    for (const secret of ['Ann Lee', 'Bo Chan', 'Mo Ray', 'C001', 'C002', 'C003', 'Moderation!'])
      expect(text).not.toContain(secret);
    expect(text).toContain('12 cases audited twice');
    expect(text).not.toContain('answers compared agree');
  });
});

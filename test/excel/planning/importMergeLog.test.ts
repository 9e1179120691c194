import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { createCodec } from '../../../src/core/codec/createCodec';
import type { AuditSnapshot } from '../../../src/core/merge/mergeAudits';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';
import { importAuditRows } from '../../../src/excel/planning/importAuditRows';
import { readQuestionSet } from '../../../src/excel/readQuestionSet';
import { planningWith, type PlanningFixture } from './planningFixture';
import { cellOf } from './readAuditSnapshotWorkbook';

const RECORD = { madeAt: '2023-03-01 09:30', lead: 'Lee Lead' };

/** Ours: K-001 answered "contact" by Sam. Theirs: K-001 a re-referral with a comment, and a new P-001. */
async function setUp(): Promise<{ fixture: PlanningFixture; set: QuestionSet; incoming: AuditSnapshot }> {
  const fixture = await planningWith();
  const set = (await readQuestionSet(fixture.workbook.host())).questionSet!;
  await fixture.audit.addCases([{ caseId: 'K-001', auditor: 'Sam' }]);
  await fixture.audit.saveAnswer({
    caseId: 'K-001',
    question: 'case_type',
    answer: 'contact',
    previous: null,
    baseVersion: 0,
    auditor: 'Sam',
  });
  const row = (caseId: string, entries: [string, Answer][], cells: [string, string][]) => ({
    caseId,
    auditor: 'Pat',
    status: 'In progress' as const,
    answers: new Map(entries),
    cells: new Map(cells),
  });
  const incoming: AuditSnapshot = {
    label: 'partner.xlsx',
    questionSet: set,
    rows: [
      row('P-001', [['case_type', 'contact']], [['case_type', 'Audit!D3']]),
      row(
        'K-001',
        [
          ['case_type', 're_referral'],
          ['auditor_comments', 'Theirs'],
        ],
        [['case_type', 'Audit!D4']],
      ),
    ],
  };
  return { fixture, set, incoming };
}

const run = (fixture: PlanningFixture, set: QuestionSet, incoming: AuditSnapshot) =>
  importAuditRows(fixture.workbook.host(), set, createCodec(set), incoming, RECORD);

describe('an import from the pane leaves a Merge log sheet, as case-audit merge does', () => {
  it('records the sources, their counts and each conflict with both places and a link to our cell', async () => {
    const { fixture, set, incoming } = await setUp();
    const { workbook } = fixture;
    workbook.resetStats();
    const result = await run(fixture, set, incoming);
    // The log rides in the import's write trip: read Audit, read its rows and the sheet names, write.
    expect(workbook.stats.syncs).toBe(3);
    if (result.kind !== 'merged') throw new Error('refused');
    expect(result.log).toBe('Merge log');
    const ours = cellOf(workbook, 'case_type', 3);
    const log = workbook.getValues('Merge log', 'A1:I12');
    expect(log[0]![0]).toBe('Merge of audit workbooks');
    expect(log[1]![0]).toBe(
      `Made 2023-03-01 09:30 by Lee Lead with Import another workbook (Planning tab): the Audit rows of partner.xlsx were merged into this workbook (${set.title}, version ${set.version}). New cases were added and blank answers filled in; no answer was overwritten. Nothing in partner.xlsx was changed.`,
    );
    expect(log.slice(5, 7).map((r) => r.slice(0, 7))).toEqual([
      [1, 'This workbook', 'Base', 1, 0, 0, 0],
      [2, 'partner.xlsx', 'Merged in', 2, 1, 1, 1],
    ]);
    expect(log[8]![0]).toBe('Conflicts (1)');
    expect(log[11]).toEqual([
      'K-001',
      set.byName.get('case_type')!.label,
      'case_type',
      'Contact/referral',
      `This workbook Audit!${ours}`,
      'Re-referral',
      'partner.xlsx Audit!D4',
      `Audit!${ours}`,
      '',
    ]);
    expect(workbook.getCell('Merge log', 'H12').formula).toBe(`=HYPERLINK("#Audit!${ours}","Audit!${ours}")`);
    const sheet = workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!;
    expect(sheet.tables.map((t) => [t.name, t.range])).toEqual([
      ['Merge_workbooks', 'A5:G7'],
      ['Merge_conflicts', 'A11:I12'],
    ]);
    // Ours is kept in the cell the log links to.
    expect(workbook.getValues('Audit', ours)[0]![0]).toBe('Contact/referral');
  });

  it('adds Merge log 2 on a second import, leaving the first record as it was', async () => {
    const { fixture, set, incoming } = await setUp();
    await run(fixture, set, incoming);
    const first = fixture.workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!.values;
    const again = await run(fixture, set, incoming);
    expect(again.kind === 'merged' && again.log).toBe('Merge log 2');
    expect(fixture.workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!.values).toEqual(first);
    const second = fixture.workbook.snapshot().sheets.find((s) => s.name === 'Merge log 2')!;
    // P-001 is ours now; K-001 still differs.
    expect(second.values[6]!.slice(0, 7)).toEqual([2, 'partner.xlsx', 'Merged in', 2, 0, 0, 1]);
    expect(second.tables.map((t) => t.name)).toEqual(['Merge_workbooks_2', 'Merge_conflicts_2']);
  });

  it('moves past table names a renamed earlier log still holds', async () => {
    const { fixture, set, incoming } = await setUp();
    await run(fixture, set, incoming);
    fixture.workbook.renameSheet('Merge log', 'March import');
    const again = await run(fixture, set, incoming);
    expect(again.kind === 'merged' && again.log).toBe('Merge log 2');
  });

  it('writes nothing, not even a log, when the import is refused', async () => {
    const { fixture, set, incoming } = await setUp();
    const before = fixture.workbook.snapshot();
    const refused = await run(fixture, set, {
      ...incoming,
      questionSet: { ...incoming.questionSet, version: '2' },
    });
    expect(refused.kind).toBe('refused');
    expect(fixture.workbook.snapshot()).toEqual(before);
  });
});

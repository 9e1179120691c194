import type { CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { caseIdsOf } from '../../../src/core/findings/caseIdsOf';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { CrossTab } from '../../../src/core/findings/Findings';
import { findingsJson } from '../../../src/core/findings/findingsJson';
import { indicators, questionSet, record } from './findingsFixture';

const NOW = new Date(Date.UTC(2024, 0, 1));
const cases: CaseRecord[] = [
  record('2', 'a', ['x', 'y']),
  record('3', 'a', ['y']),
  record('4', 'a', null),
  record('5', 'b', ['x']), // not applicable: ignored, and reported
  record('6', 'c', null),
  record('7', null, null), // required but blank
];

describe('computeFindings', () => {
  const f = computeFindings(questionSet!, indicators, cases, { now: NOW, crossTabs: [['kind', 'tags']] });
  const tags = f.questions.find((q) => q.name === 'tags')!;

  it('tables a select_multiple over the cases it applied to and answered', () => {
    expect([tags.applicable.n, tags.answered.n, tags.missing.n, tags.notApplicable.n]).toEqual([3, 2, 1, 3]);
    expect(tags.choices.map((c) => [c.name, c.count.n, c.count.percent])).toEqual([
      ['x', 1, 50],
      ['y', 2, 100],
      ['z', 0, 0],
    ]);
  });

  it('gives the cases behind every count', () => {
    expect(caseIdsOf(f, tags.choices[1]!.count)).toEqual(['2', '3']);
    expect(caseIdsOf(f, tags.missing)).toEqual(['4']);
    expect(caseIdsOf(f, f.indicators[0]!.denominator)).toEqual(['2', '3', '4']);
  });

  it('reports every case problem with its sheet, cell and case', () => {
    expect(f.issues.slice()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          sheet: 'Audit',
          cell: 'C5',
          caseId: '5',
          question: 'tags',
          kind: 'not-applicable-answered',
        }),
        expect.objectContaining({
          sheet: 'Audit',
          cell: 'B7',
          caseId: '7',
          question: 'kind',
          kind: 'required',
        }),
      ]),
    );
  });

  it('cross-tabulates from the counts it already holds', () => {
    const tab = f.crossTabs[0] as CrossTab;
    const cell = (r: string, c: string) => tab.cells.find((x) => x.row === r && x.column === c)!.count;
    expect(cell('a', 'y').n).toBe(2);
    expect(cell('a', 'x')).toMatchObject({ n: 1, percent: 50 });
    expect(cell('b', 'x').n).toBe(0);
    expect(tab.rows.map((r) => r.total.n)).toEqual([2, 0, 0]);
  });

  it('leaves out unfinished cases unless asked, and counts cases by status', () => {
    const withStatus = [
      { ...record('2', 'b', null), status: 'Complete' as const },
      { ...record('3', 'b', null), status: 'In progress' as const },
      { ...record('4', 'b', null), status: 'Not started' as const },
    ];
    const strict = computeFindings(questionSet!, indicators, withStatus, { now: NOW });
    expect(strict.cases).toMatchObject({
      rows: 3,
      included: 1,
      byStatus: { Complete: 1, 'In progress': 1, 'Not started': 1 },
    });
    const loose = computeFindings(questionSet!, indicators, withStatus, {
      now: NOW,
      includeInProgress: true,
    });
    expect(loose.cases.included).toBe(2);
  });

  it('writes JSON with published figures only', () => {
    const json = findingsJson(computeFindings(questionSet!, indicators, cases, { now: NOW, suppress: true }));
    expect(Object.keys(json.questions[0]!)).toEqual([
      'name',
      'label',
      'applicable',
      'answered',
      'notApplicable',
      'missing',
      'choices',
    ]);
    expect(json.indicators.find((i) => i.name === 'x_of_a')).toMatchObject({
      numerator: 'c',
      denominator: 'c',
      percent: null,
    });
    expect(json.cases).toEqual({ rows: 6, included: 6, byStatus: {} });
  });

  it('names a cross-tab it cannot make', () => {
    const bad = computeFindings(questionSet!, indicators, cases, {
      now: NOW,
      crossTabs: [['kind', 'nothing']],
    });
    expect(bad.warnings).toHaveLength(1);
    expect(bad.warnings[0]!.message).toContain("'nothing'");
  });
});

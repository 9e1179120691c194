import { coverageOf } from '../../../src/core/report/coverageOf';
import type { AuditCaseRow } from '../../../src/core/report/PlanningRecords';

const cases: AuditCaseRow[] = [
  { id: 'A1', status: 'Complete', auditor: 'Ann' },
  { id: 'A2', status: 'Complete', auditor: 'Ann' },
  { id: 'A3', status: 'In progress', auditor: 'Ann' },
  { id: 'B1', status: 'Not started', auditor: 'Bo' },
  { id: 'B2', status: 'Complete', auditor: 'Bo' },
  { id: 'N1', status: 'Not started', auditor: '' },
];
const draw = { sample: 1, method: '6 of 10 cases at random', population: 10, drawn: 6 };

describe('coverageOf', () => {
  it('splits the Audit rows by status with Not audited winning, adding up to the rows', () => {
    const c = coverageOf({ cases, marks: [{ caseId: 'b2 ', reason: 'No access' }] }, false);
    expect(c.overall).toMatchObject({ sampled: 6, audited: 2, inProgress: 1, notStarted: 2, notAudited: 1 });
    expect(c.overall.notAuditedReasons).toEqual([{ reason: 'No access', count: 1 }]);
    expect(c.byAuditor.map((a) => [a.auditor, a.audited, a.notAudited])).toEqual([
      ['', 0, 0],
      ['Ann', 2, 0],
      ['Bo', 0, 1],
    ]);
  });

  it('counts marked cases the findings still count, by whether In progress ones count', () => {
    const marks = [
      { caseId: 'A1', reason: 'Record sealed' },
      { caseId: 'A3', reason: 'Record sealed' },
      { caseId: 'B1', reason: 'Moved away' },
    ];
    expect(coverageOf({ cases, marks }, false).markedButCounted).toBe(1);
    expect(coverageOf({ cases, marks }, true).markedButCounted).toBe(2);
  });

  it('lists marks that match no Audit row, and counts them nowhere', () => {
    const c = coverageOf({ cases, marks: [{ caseId: 'Z9', reason: 'x' }] }, false);
    expect(c.marksNotInAudit).toEqual(['Z9']);
    expect(c.overall.notAudited).toBe(0);
  });

  it('gives a sampled figure only when exactly one case draw is recorded', () => {
    expect(coverageOf({ cases, draws: [draw] }, false).sampled).toBe(6);
    expect(coverageOf({ cases, draws: [draw, { ...draw, sample: 2 }] }, false).sampled).toBeNull();
    expect(coverageOf({ cases, draws: [] }, false).sampled).toBeNull();
    const none = coverageOf({ cases }, false);
    expect([none.sampled, none.draws, none.marksRecorded]).toEqual([null, null, false]);
  });

  it("counts escalations under their case's auditor, and ones on unknown cases only overall", () => {
    const c = coverageOf({ cases }, false, [
      { caseId: 'A1', status: 'Open' },
      { caseId: 'a2', status: 'Closed' },
      { caseId: 'B2', status: ' open ' },
      { caseId: 'GONE', status: 'Open' },
    ]);
    expect([c.overall.escalations, c.overall.open]).toEqual([4, 3]);
    const by = new Map(c.byAuditor.map((a) => [a.auditor, [a.escalations, a.open]]));
    expect(by.get('Ann')).toEqual([2, 1]);
    expect(by.get('Bo')).toEqual([1, 1]);
    expect(by.get('')).toEqual([0, 0]);
  });
});

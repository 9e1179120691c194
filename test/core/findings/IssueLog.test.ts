import fc from 'fast-check';
import { IssueLog } from '../../../src/core/findings/IssueLog';
import type { FindingsIssue } from '../../../src/core/findings/Findings';

const issue = (k: number): FindingsIssue => ({
  sheet: k % 7 === 0 ? 'Audit 2' : 'Audit',
  cell: k % 3 === 0 ? '' : `B${k + 2}`,
  caseId: `C-${k}`,
  question: `q${k % 11}`,
  kind: k % 2 === 0 ? 'required' : 'constraint',
  message: `message ${k}`,
});

function logOf(n: number): IssueLog {
  const log = new IssueLog();
  for (let k = 0; k < n; k++) {
    const i = issue(k);
    log.add(i.sheet, i.cell, i.caseId, i.question, i.kind, i.message);
  }
  return log;
}

describe('IssueLog', () => {
  it('gives back every issue in the order reported, across its 4,096-issue chunks', () => {
    const n = 4096 * 2 + 5;
    const list = logOf(n).all();
    expect(list.length).toBe(n);
    const read = [...list];
    expect(read).toHaveLength(n);
    for (const k of [0, 1, 4095, 4096, 4097, 8191, 8192, n - 1]) expect(read[k]).toEqual(issue(k));
    expect(list.at(4096)).toEqual(issue(4096));
    expect(list.at(-1)).toEqual(issue(n - 1));
    expect(list.at(n)).toBeUndefined();
  });

  it('slices as an array of the same issues would', () => {
    const n = 40;
    const list = logOf(n).all();
    const array = Array.from({ length: n }, (_, k) => issue(k));
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (start, end) => {
        expect(list.slice(start, end)).toEqual(array.slice(start, end));
        expect(list.slice(start)).toEqual(array.slice(start));
        expect(list.at(start)).toEqual(array.at(start));
      }),
    );
    expect(list.slice()).toEqual(array);
  });

  it('keeps a list handed out earlier to the issues reported before it', () => {
    const log = logOf(4095);
    const early = log.all();
    log.add('Audit', 'C9', 'C-late', 'q1', 'required', 'late');
    log.add('Audit', 'C10', 'C-later', 'q1', 'required', 'later');
    expect(early.length).toBe(4095);
    expect([...early].map((i) => i.caseId)).not.toContain('C-late');
    const now = log.all();
    expect(now.length).toBe(4097);
    expect(now.at(-1)?.caseId).toBe('C-later');
  });
});

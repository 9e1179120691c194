import type { Allocation, AllocationCase } from '../../../src/core/allocation/Allocation';

/** Cases with a Family column: fam(['C1', 'F1'], ['C2', '']) */
export const fam = (...rows: [string, string][]): AllocationCase[] =>
  rows.map(([id, family], i) => ({
    id,
    sheet: 'Case list',
    values: new Map([
      ['Case ID', id],
      ['Family', family],
    ]),
    cells: new Map([
      ['Case ID', `A${i + 2}`],
      ['Family', `C${i + 2}`],
    ]),
  }));

export function allocated(a: Allocation): Extract<Allocation, { kind: 'allocated' }> {
  if (a.kind !== 'allocated') throw new Error(a.problems.map((p) => p.message).join('\n'));
  return a;
}

export const problems = (a: Allocation) => (a.kind === 'refused' ? a.problems.map((p) => p.message) : []);

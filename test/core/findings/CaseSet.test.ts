import fc from 'fast-check';
import { CaseSet } from '../../../src/core/findings/CaseSet';

describe('CaseSet', () => {
  it('holds exactly the positions added, in order, growing as needed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 5000 })), (positions) => {
        const set = new CaseSet(1);
        for (const p of positions) set.add(p);
        const expected = [...new Set(positions)].sort((a, b) => a - b);
        expect(set.indexes()).toEqual(expected);
        expect(set.size).toBe(expected.length);
        expect(expected.every((p) => set.has(p))).toBe(true);
      }),
    );
  });

  it('intersects', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 300 })), fc.array(fc.nat({ max: 300 })), (a, b) => {
        const sa = new CaseSet();
        const sb = new CaseSet();
        a.forEach((p) => sa.add(p));
        b.forEach((p) => sb.add(p));
        const both = [...new Set(a.filter((p) => b.includes(p)))].sort((x, y) => x - y);
        const meet = sa.intersect(sb);
        expect(meet.indexes()).toEqual(both);
        expect(meet.size).toBe(both.length);
      }),
    );
  });
});

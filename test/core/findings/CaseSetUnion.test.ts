import fc from 'fast-check';
import { CaseSet } from '../../../src/core/findings/CaseSet';

describe('CaseSet.union', () => {
  it('holds the cases in either set, whichever is longer, and leaves both as they were', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3000 })), fc.array(fc.nat({ max: 300 })), (a, b) => {
        const sa = new CaseSet();
        const sb = new CaseSet(1);
        a.forEach((p) => sa.add(p));
        b.forEach((p) => sb.add(p));
        const either = [...new Set([...a, ...b])].sort((x, y) => x - y);
        for (const joined of [sa.union(sb), sb.union(sa)]) {
          expect(joined.indexes()).toEqual(either);
          expect(joined.size).toBe(either.length);
        }
        expect(sa.size).toBe(new Set(a).size);
        expect(sb.size).toBe(new Set(b).size);
      }),
    );
  });
});

import fc from 'fast-check';
import { CaseSet } from '../../../src/core/findings/CaseSet';

/** The words a bitset over `positions` would hold. */
const wordsOf = (positions: readonly number[]): Uint32Array => {
  const set = new CaseSet();
  positions.forEach((p) => set.add(p));
  return Uint32Array.from({ length: Math.ceil((Math.max(-1, ...positions) + 1) / 32) }, (_, w) =>
    positions.reduce((word, p) => (p >>> 5 === w ? word | (1 << (p & 31)) : word), 0),
  );
};

describe('CaseSet.deferred', () => {
  it('answers size without building, and everything else as the set it builds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 500 })), fc.array(fc.nat({ max: 600 })), (inSet, other) => {
        const sorted = [...inSet].sort((a, b) => a - b);
        let built = 0;
        const make = (): CaseSet =>
          CaseSet.deferred(inSet.length, () => {
            built++;
            return wordsOf(inSet);
          });
        const plain = new CaseSet();
        other.forEach((p) => plain.add(p));
        const lazy = make();
        expect(lazy.size).toBe(inSet.length);
        expect(built).toBe(0);
        expect(lazy.indexes()).toEqual(sorted);
        expect(lazy.indexes()).toEqual(sorted);
        expect(built).toBe(1);
        expect(make().intersect(plain).indexes()).toEqual(sorted.filter((p) => other.includes(p)));
        expect(plain.union(make()).size).toBe(new Set([...inSet, ...other]).size);
        const probe = other[0] ?? 0;
        expect(make().has(probe)).toBe(inSet.includes(probe));
        // Adding to one fills it in first, so its earlier cases are kept.
        const grown = make();
        grown.add(probe);
        expect(grown.indexes()).toEqual([...new Set([...sorted, probe])].sort((a, b) => a - b));
        expect(grown.size).toBe(new Set([...inSet, probe]).size);
      }),
    );
  });
});

import fc from 'fast-check';
import { CHUNK } from '../../../src/core/findings/AnswerCodes';
import { TestResults } from '../../../src/core/findings/TestResults';

/** Fills results as IndicatorConditions does, case by case, from `held[i][t]`. */
function record(held: readonly (readonly boolean[])[], tests: number): TestResults {
  const results = new TestResults(tests);
  held.forEach((row, i) => {
    results.start(i);
    row.forEach((h, t) => {
      results.put(t, h ? 1 : 0);
    });
  });
  return results;
}

describe('TestResults', () => {
  it('gives the cases where a test and its gate both held, across chunks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 0, max: 2 * CHUNK + 100 }),
        fc.integer(),
        (tests, n, seed) => {
          // A cheap deterministic pattern keeps runs of up to 8,292 cases fast to generate.
          let s = seed | 0;
          const next = (): boolean => ((s = (Math.imul(s, 1103515245) + 12345) | 0) & 0x100) !== 0;
          const held = Array.from({ length: n }, () => Array.from({ length: tests }, next));
          const results = record(held, tests);
          for (let test = -1; test < tests; test++) {
            for (let gate = -1; gate < tests; gate++) {
              const expected = held.flatMap((row, i) =>
                (test < 0 || row[test]) && (gate < 0 || row[gate]) ? [i] : [],
              );
              const set = results.set(test, gate);
              expect(set.size).toBe(expected.length);
              // As text: toEqual on thousands of numbers, 121 pairs a run, took most of a CI minute.
              expect(set.indexes().join()).toBe(expected.join());
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps each test of a case apart from the other tests and the next case', () => {
    const results = new TestResults(10);
    results.start(0);
    results.put(7, 1);
    results.put(8, 1);
    expect([...Array(10).keys()].filter((t) => results.bit(t) === 1)).toEqual([7, 8]);
    results.start(1);
    expect(results.bit(7) + results.bit(8)).toBe(0);
    results.start(0);
    expect(results.bit(8)).toBe(1);
  });

  it('a set asked for before more cases arrive keeps the cases it had', () => {
    const results = record([[true], [true]], 1);
    const before = results.set(0, -1);
    results.start(2);
    results.put(0, 1);
    expect(before.indexes()).toEqual([0, 1]);
    expect(results.set(0, -1).indexes()).toEqual([0, 1, 2]);
  });
});

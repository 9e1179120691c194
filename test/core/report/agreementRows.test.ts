import { agreement } from '../../../src/core/moderation/agreement';
import { agreementRows } from '../../../src/core/report/agreementRows';
import { audit, question } from '../moderation/questionFixture';

const tags = question('tags', 'select_multiple', ['x', 'y']);
const pairs = Array.from({ length: 10 }, (_, i) => [
  audit(`C${i}`, 'Ann', { tags: i < 7 ? ['x'] : ['x', 'y'] }),
  audit(`C${i}`, 'Mod', { tags: i < 6 ? ['x'] : ['x', 'y'] }),
]);
const report = agreement(
  pairs.map((p) => p[0]!),
  pairs.map((p) => p[1]!),
  [tags],
);

describe('agreementRows', () => {
  it('gives a select_multiple a row, then a row per choice with its own yes/no kappa', () => {
    const rows = agreementRows(report.questions, new Map(), 0, null);
    expect(rows.map((r) => r[0])).toEqual(['tags', 'tags: x ticked', 'tags: y ticked']);
    expect(rows[0]).toEqual(['tags', 10, 9, 0.9, 'for each choice, below']);
    // Every case ticked x both times: agreement is 100% and kappa has no value, so the cell says why.
    expect(rows[1]!.slice(1, 4)).toEqual([10, 10, 1]);
    expect(rows[1]![4]).toMatch(/^none: Both gave the same single answer/);
    // y: first 3 of 10, second 4 of 10, one case differs; po = 0.9, pe = 0.3·0.4 + 0.7·0.6 = 0.54,
    // kappa = 0.36 / 0.46.
    expect(rows[2]![4]).toBeCloseTo(0.36 / 0.46, 12);
  });

  it('with a threshold hides agreed, % and kappa together when the disagreements are few', () => {
    const rows = agreementRows(report.questions, new Map(), 0, 5);
    expect(rows[0]).toEqual(['tags', 10, 'c', null, '']);
    expect(rows[1]).toEqual(['tags: x ticked', 10, 10, 1, expect.stringMatching(/^none/)]);
    const small = agreementRows(
      agreement([pairs[0]![0]!], [pairs[0]![1]!], [tags]).questions,
      new Map(),
      0,
      5,
    );
    expect(small[0]).toEqual(['tags', 'c', 'c', null, '']);
  });
});

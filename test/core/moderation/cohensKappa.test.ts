import { cohensKappa } from '../../../src/core/moderation/cohensKappa';

const pairs = (rows: [string, string, number][]) =>
  rows.flatMap(([a, b, n]) => Array.from({ length: n }, () => [a, b] as const));

describe('cohensKappa', () => {
  it('gives 0.4 for the classic 2×2 example (po = 0.7, pe = 0.5)', () => {
    // 50 cases: both yes 20, yes/no 5, no/yes 10, both no 15 (the worked example on Wikipedia's
    // "Cohen's kappa" page). po = 35/50 = 0.7; first says yes 25/50, second 30/50, so
    // pe = 0.5·0.6 + 0.5·0.4 = 0.5 and κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
    const k = cohensKappa(
      pairs([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15],
      ]),
    );
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.5, 12);
    expect(k.value).toBeCloseTo(0.4, 12);
    expect(k.reason).toBe('');
  });

  it('gives 5/13 for a 3-category example worked by hand', () => {
    // 10 cases: a/a 3, b/b 2, c/c 1, a/b 1, b/c 1, c/a 1, a/c 1. Agreed 6, so po = 0.6.
    // First: a 5, b 3, c 2. Second: a 4, b 3, c 3. pe = (5·4 + 3·3 + 2·3) / 100 = 0.35.
    // κ = (0.6 − 0.35) / (1 − 0.35) = 0.25 / 0.65 = 5/13 ≈ 0.3846.
    const k = cohensKappa(
      pairs([
        ['a', 'a', 3],
        ['b', 'b', 2],
        ['c', 'c', 1],
        ['a', 'b', 1],
        ['b', 'c', 1],
        ['c', 'a', 1],
        ['a', 'c', 1],
      ]),
    );
    expect(k.observed).toBeCloseTo(0.6, 12);
    expect(k.expected).toBeCloseTo(0.35, 12);
    expect(k.value).toBeCloseTo(5 / 13, 12);
  });

  it('is 1 for perfect agreement over two categories and −1 for perfect swapping', () => {
    expect(
      cohensKappa(
        pairs([
          ['a', 'a', 4],
          ['b', 'b', 6],
        ]),
      ).value,
    ).toBe(1);
    // po = 0; each says a half the time, pe = 0.5: κ = −0.5 / 0.5 = −1.
    expect(
      cohensKappa(
        pairs([
          ['a', 'b', 5],
          ['b', 'a', 5],
        ]),
      ).value,
    ).toBe(-1);
  });

  it('is null with a reason, never NaN or Infinity, when everyone gave one and the same answer', () => {
    const k = cohensKappa(pairs([['yes', 'yes', 12]]));
    expect(k.value).toBeNull();
    expect(k.expected).toBe(1);
    expect(k.reason).toBe(
      'Both gave the same single answer in all 12 cases, so chance agreement is 100% and kappa is undefined; agreement is 100%.',
    );
  });

  it('is null with a reason when nothing was compared', () => {
    expect(cohensKappa([])).toEqual({
      value: null,
      reason: 'No case had an answer to compare.',
      observed: 0,
      expected: 0,
    });
  });

  it('is 0 when one gives the same answer throughout and the other varies', () => {
    // First: yes 10/10; second yes 6, no 4. po = 0.6, pe = 1·0.6 = 0.6: κ = 0.
    expect(
      cohensKappa(
        pairs([
          ['yes', 'yes', 6],
          ['yes', 'no', 4],
        ]),
      ).value,
    ).toBe(0);
  });
});

import { drawModerationSample, moderationSize } from '../../../src/core/moderation/drawModerationSample';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i + 1).padStart(3, '0')}`);
const messages = (r: ReturnType<typeof drawModerationSample>) =>
  r.kind === 'refused' ? r.problems.map((p) => p.message) : [];

describe('drawModerationSample', () => {
  it('draws the pinned cases for a fixed seed (docs/sampling.md, Python reference)', () => {
    const r = drawModerationSample(ids(10).reverse(), 0.2, 'moderation-2024');
    expect(r).toEqual({
      kind: 'drawn',
      seed: 'moderation-2024',
      algorithm: 'cyrb128-sfc32-fisher-yates/1',
      share: 0.2,
      population: 10,
      caseIds: ['C010', 'C004'],
    });
  });

  it('rounds the share up, in whole numbers, and takes at least one', () => {
    expect(moderationSize(30, 0.1)).toBe(3); // 0.1 × 30 is 3.0000000000000004 in floating point
    expect(moderationSize(31, 0.1)).toBe(4);
    expect(moderationSize(5, 0.1)).toBe(1);
    expect(moderationSize(1, 0.01)).toBe(1);
    expect(moderationSize(80, 1)).toBe(80);
    expect(moderationSize(0, 0.1)).toBe(0);
  });

  it('gives the same cases for the same seed whatever the order, and others for another seed', () => {
    const a = drawModerationSample(ids(60), 0.1, 's');
    const b = drawModerationSample(ids(60).reverse(), 0.1, 's');
    const c = drawModerationSample(ids(60), 0.1, 't');
    expect(a.kind === 'drawn' && a.caseIds).toHaveLength(6);
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it('refuses a bad share, a blank seed, repeated IDs and an empty list with clear messages', () => {
    expect(messages(drawModerationSample(ids(3), 0, 's'))[0]).toBe(
      'The share to moderate must be more than 0 and at most 1 (e.g. 0.1 for 10%), not 0.',
    );
    expect(messages(drawModerationSample(ids(3), 10, 's'))[0]).toMatch(/not 10\.$/);
    expect(messages(drawModerationSample(ids(3), 0.1, ''))[0]).toMatch(/^Enter a seed/);
    expect(messages(drawModerationSample(['A', 'a'], 0.1, 's'))).toEqual([
      'Case a is listed twice among the completed cases: each case has one row.',
    ]);
    expect(messages(drawModerationSample([], 0.1, 's'))).toEqual([
      'No case is complete yet: there is nothing to moderate.',
    ]);
  });
});

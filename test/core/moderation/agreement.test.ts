import { agreement } from '../../../src/core/moderation/agreement';
import { audit, pairsOf, question } from './questionFixture';

const outcome = question('outcome', 'select_one', ['yes', 'no']);

describe('agreement', () => {
  it('gives percentage agreement and kappa for a select_one (the classic 2×2: 70%, κ = 0.4)', () => {
    const { first, second } = pairsOf('outcome', [
      ['yes', 'yes', 20],
      ['yes', 'no', 5],
      ['no', 'yes', 10],
      ['no', 'no', 15],
    ]);
    const r = agreement(first, second, [outcome]);
    const q = r.questions[0]!;
    expect([q.compared, q.agreed, q.percent]).toEqual([50, 35, 70]);
    expect(q.kappa!.value).toBeCloseTo(0.4, 12);
    expect(r.cases).toBe(50);
    expect(r.disagreements).toHaveLength(15);
    expect(r.disagreements[0]).toEqual({
      caseId: 'C21',
      question: 'outcome',
      auditor: 'Ann',
      moderator: 'Mod',
      first: 'yes',
      second: 'no',
    });
  });

  it('reports kappa as null with a reason when every answer was the same', () => {
    const { first, second } = pairsOf('outcome', [['yes', 'yes', 8]]);
    const q = agreement(first, second, [outcome]).questions[0]!;
    expect([q.compared, q.agreed, q.percent]).toEqual([8, 8, 100]);
    expect(q.kappa!.value).toBeNull();
    expect(q.kappa!.reason).toMatch(/kappa is undefined/);
  });

  it('skips cases both left blank, and counts blank against an answer as a disagreement and a category', () => {
    const first = [
      audit('1', 'Ann', { outcome: 'yes' }),
      audit('2', 'Ann', { outcome: null }),
      audit('3', 'Ann', {}),
      audit('4', 'Ann', { outcome: 'no' }),
    ];
    const second = [
      audit('1', 'Mod', { outcome: 'yes' }),
      audit('2', 'Mod', { outcome: 'no' }),
      audit('3', 'Mod', { outcome: null }),
      audit('4', 'Mod', { outcome: 'no' }),
    ];
    const q = agreement(first, second, [outcome]).questions[0]!;
    // Compared 1, 2, 4; agreed 1 and 4. Categories: first yes, blank, no; second yes, no, no.
    // po = 2/3; pe = (1·1 + 1·0 + 1·2) / 9 = 1/3; κ = (2/3 − 1/3) / (2/3) = 0.5.
    expect([q.compared, q.agreed, q.percent]).toEqual([3, 2, 67]);
    expect(q.kappa!.value).toBeCloseTo(0.5, 12);
  });

  it('compares select_multiple as sets and gives a yes/no kappa per choice', () => {
    const tags = question('tags', 'select_multiple', ['x', 'y']);
    const first = [
      audit('1', 'Ann', { tags: ['x', 'y'] }),
      audit('2', 'Ann', { tags: ['x'] }),
      audit('3', 'Ann', { tags: ['y'] }),
      audit('4', 'Ann', { tags: null }),
    ];
    const second = [
      audit('1', 'Mod', { tags: ['y', 'x', 'x'] }),
      audit('2', 'Mod', { tags: ['x', 'y'] }),
      audit('3', 'Mod', { tags: ['y'] }),
      audit('4', 'Mod', { tags: ['x'] }),
    ];
    const q = agreement(first, second, [tags]).questions[0]!;
    expect([q.compared, q.agreed, q.kappa]).toEqual([4, 2, undefined]);
    // x: first yes,yes,no,no; second yes,yes,no,yes. po = 3/4, pe = (2·3 + 2·1)/16 = 1/2, κ = 0.5.
    // y: first yes,no,yes,no; second yes,yes,yes,no. po = 3/4, pe = (2·3 + 2·1)/16 = 1/2, κ = 0.5.
    expect(q.perChoice!.map((c) => [c.choice, c.compared, c.agreed, c.percent])).toEqual([
      ['x', 4, 3, 75],
      ['y', 4, 3, 75],
    ]);
    for (const c of q.perChoice!) expect(c.kappa.value).toBeCloseTo(0.5, 12);
  });

  it('compares text trimmed, numbers by value and dates by day, with no kappa', () => {
    const qs = [question('note', 'text'), question('count', 'integer'), question('when', 'date')];
    const first = [audit('1', 'Ann', { note: ' Seen ', count: 3, when: { kind: 'date', days: 19000 } })];
    const second = [audit('1', 'Mod', { note: 'Seen', count: 4, when: { kind: 'date', days: 19000 } })];
    const r = agreement(first, second, qs);
    expect(r.questions.map((q) => [q.question, q.compared, q.agreed, 'kappa' in q])).toEqual([
      ['note', 1, 1, false],
      ['count', 1, 0, false],
      ['when', 1, 1, false],
    ]);
    expect(r.disagreements.map((d) => [d.question, d.first, d.second])).toEqual([['count', 3, 4]]);
    expect([r.compared, r.agreed, r.percent]).toEqual([3, 2, 67]);
  });

  it('leaves notes and calculations out', () => {
    const qs = [question('info', 'note'), question('score', 'calculate'), outcome];
    const r = agreement(
      [audit('1', 'Ann', { score: 1, outcome: 'yes' })],
      [audit('1', 'Mod', { score: 2, outcome: 'yes' })],
      qs,
    );
    expect(r.questions.map((q) => q.question)).toEqual(['outcome']);
  });

  it('breaks agreement down per first auditor', () => {
    const ann = pairsOf(
      'outcome',
      [
        ['yes', 'yes', 3],
        ['yes', 'no', 1],
      ],
      'Ann',
    );
    const bob = pairsOf(
      'outcome',
      [
        ['no', 'no', 1],
        ['no', 'yes', 1],
      ],
      'Bob',
    );
    const rename = (a: (typeof bob.first)[number]) => ({ ...a, caseId: `B${a.caseId}` });
    const r = agreement(
      [...ann.first, ...bob.first.map(rename)],
      [...ann.second, ...bob.second.map(rename)],
      [outcome],
      { decimals: 1 },
    );
    expect(r.byAuditor.map((a) => [a.auditor, a.cases, a.compared, a.agreed, a.percent])).toEqual([
      ['Ann', 4, 4, 3, 75],
      ['Bob', 2, 2, 1, 50],
    ]);
    expect(r.byAuditor[0]!.questions[0]!.kappa!.reason).toBe('');
    expect(r.percent).toBe(66.7);
  });

  it('reports a moderated case with no first audit, and repeated audits, without guessing', () => {
    const r = agreement(
      [audit('1', 'Ann', { outcome: 'yes' }), audit(' 1', 'Ann', { outcome: 'no' })],
      [audit('1', 'Mod', { outcome: 'yes' }), audit('9', 'Mod', { outcome: 'no' })],
      [outcome],
    );
    expect(r.problems.map((p) => p.message)).toEqual([
      'Case 1 has two first audits: only the first is compared. Remove the repeat.',
      'Case 9 was moderated but has no first audit to compare with: check its Case ID.',
    ]);
    expect([r.cases, r.agreed]).toEqual([1, 1]);
  });
});

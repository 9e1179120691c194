import fc from 'fast-check';
import { drawSample } from '../../../src/core/sampling/drawSample';
import type { DrawnSample, SampleRequest, SampleResult } from '../../../src/core/sampling/SampleResult';
import { population, reordered } from './caseListFixture';

const NOW = new Date(Date.UTC(2024, 4, 1, 9, 30));
const seedReport = population(50, 'Contact', 50, 'Re-referral');
const drawn = (r: SampleResult): DrawnSample => {
  if (r.kind !== 'drawn') throw new Error(r.problems.map((p) => p.message).join('\n'));
  return r;
};
const messages = (r: SampleResult) => (r.kind === 'refused' ? r.problems.map((p) => p.message) : []);
const perGroup: SampleRequest = {
  kind: 'perGroup',
  column: 'Case type',
  sizes: { Contact: 40, 'Re-referral': 40 },
};

describe('drawSample', () => {
  it('draws the pinned cases for a fixed seed (the worked example in docs/sampling.md)', () => {
    // Regression pin: the Python reference in docs/sampling.md draws the same five from C001..C020.
    const s = drawn(
      drawSample(reordered(population(20, 'Contact')), { kind: 'total', size: 5 }, 'case-audit', {
        now: NOW,
      }),
    );
    expect(s.caseIds).toEqual(['C020', 'C006', 'C001', 'C005', 'C018']);
  });

  it('draws groups in the documented order with one stream (pinned against the Python reference)', () => {
    // Asked Re-referral first, drawn Contact first: groups go in order of their value, sharing one stream.
    const request: SampleRequest = {
      kind: 'perGroup',
      column: 'Case type',
      sizes: { 'Re-referral': 2, Contact: 2 },
    };
    const s = drawn(drawSample(population(5, 'Contact', 5, 'Re-referral'), request, 'g', { now: NOW }));
    expect(s.caseIds).toEqual(['C002', 'C001', 'C007', 'C008']);
    expect(s.groups.map((g) => g.value)).toEqual(['Contact', 'Re-referral']);
  });

  it('records seed, method, population, date and who drew it', () => {
    const s = drawn(
      drawSample(seedReport, { kind: 'total', size: 80 }, 'MASH audit 2024', { now: NOW, drawnBy: 'Lead' }),
    );
    expect(s).toMatchObject({
      seed: 'MASH audit 2024',
      algorithm: 'cyrb128-sfc32-fisher-yates/1',
      method: '80 of 100 cases at random',
      population: 100,
      drawnAt: '2024-05-01T09:30:00.000Z',
      drawnBy: 'Lead',
      groups: [],
    });
    expect(new Set(s.caseIds).size).toBe(80);
    expect(s.newCaseIds).toEqual(s.caseIds);
  });

  it('gives the same sample for the same seed and a different one for another seed', () => {
    const a = drawn(drawSample(seedReport, { kind: 'total', size: 10 }, 'one', { now: NOW }));
    const b = drawn(drawSample(seedReport, { kind: 'total', size: 10 }, 'one', { now: NOW }));
    const c = drawn(drawSample(seedReport, { kind: 'total', size: 10 }, 'two', { now: NOW }));
    expect(b.caseIds).toEqual(a.caseIds);
    expect(c.caseIds).not.toEqual(a.caseIds);
  });

  it('draws exactly the asked number from each group', () => {
    const s = drawn(drawSample(seedReport, perGroup, 'seed', { now: NOW }));
    const type = new Map(seedReport.map((c) => [c.id, c.values.get('Case type')]));
    expect(s.caseIds).toHaveLength(80);
    expect(s.caseIds.filter((id) => type.get(id) === 'Contact')).toHaveLength(40);
    expect(s.caseIds.filter((id) => type.get(id) === 'Re-referral')).toHaveLength(40);
    expect(s.groups.map((g) => [g.value, g.population, g.size, g.caseIds.length])).toEqual([
      ['Contact', 50, 40, 40],
      ['Re-referral', 50, 40, 40],
    ]);
    expect(s.method).toBe(
      '40 of 50 "Contact", 40 of 50 "Re-referral" at random within each value of Case type',
    );
  });

  it('matches group values and the column ignoring case', () => {
    const s = drawn(
      drawSample(seedReport, { kind: 'perGroup', column: 'case_type', sizes: { contact: 3 } }, 's', {
        now: NOW,
      }),
    );
    expect(s.caseIds).toHaveLength(3);
    expect(s.caseIds.every((id) => Number(id.slice(1)) <= 50)).toBe(true);
  });

  it('does not depend on the row order of the export', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => s.trim() !== ''),
        fc.integer({ min: 1, max: 40 }),
        (seed, size) => {
          const request: SampleRequest = {
            kind: 'perGroup',
            column: 'Case type',
            sizes: { Contact: size, 'Re-referral': size },
          };
          const a = drawn(drawSample(seedReport, request, seed, { now: NOW }));
          const b = drawn(drawSample(reordered(seedReport), request, seed, { now: NOW }));
          expect(b.caseIds).toEqual(a.caseIds);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('never adds a case already in the audit twice, and says which were there', () => {
    const first = drawn(drawSample(seedReport, { kind: 'total', size: 30 }, 'seed', { now: NOW }));
    const present = new Set([first.caseIds[0]!.toLowerCase(), first.caseIds[5]!, 'C999']);
    const again = drawn(
      drawSample(seedReport, { kind: 'total', size: 30 }, 'seed', { now: NOW, alreadyInAudit: present }),
    );
    expect(again.caseIds).toEqual(first.caseIds);
    expect(again.alreadyInAudit).toEqual([first.caseIds[0], first.caseIds[5]]);
    expect(again.newCaseIds).toEqual(first.caseIds.filter((_, i) => i !== 0 && i !== 5));
  });

  it('says when the population is too small, overall and per group', () => {
    expect(messages(drawSample(seedReport, { kind: 'total', size: 101 }, 's', { now: NOW }))).toEqual([
      'The Case list has 100 cases, fewer than the 101 asked for: ask for at most 100, or add the missing cases to the Case list.',
    ]);
    const small = population(38, 'Contact', 50, 'Re-referral');
    expect(messages(drawSample(small, perGroup, 's', { now: NOW }))).toEqual([
      'Only 38 cases have Case type "Contact", fewer than the 40 asked for: ask for at most 38, or add the missing cases to the Case list.',
    ]);
  });

  it('refuses sizes that are not whole numbers of 1 or more', () => {
    for (const size of [0, -3, 2.5, Number.NaN]) {
      const m = messages(drawSample(seedReport, { kind: 'total', size }, 's', { now: NOW }));
      expect(m).toEqual([`The sample size to draw must be a whole number of 1 or more, not ${size}.`]);
    }
    const m = messages(
      drawSample(seedReport, { kind: 'perGroup', column: 'Case type', sizes: { Contact: 0 } }, 's', {
        now: NOW,
      }),
    );
    expect(m[0]).toContain('for Case type "Contact" must be a whole number');
  });

  it('names unknown group values with the values present, and an unknown column with the columns', () => {
    const unknown = drawSample(
      seedReport,
      { kind: 'perGroup', column: 'Case type', sizes: { Contacts: 5 } },
      's',
      { now: NOW },
    );
    expect(messages(unknown)).toEqual([
      'No case has Case type "Contacts": the values there are Contact (50), Re-referral (50). Check the spelling.',
    ]);
    const column = drawSample(seedReport, { kind: 'perGroup', column: 'Team', sizes: { A: 5 } }, 's', {
      now: NOW,
    });
    expect(messages(column)[0]).toBe(
      'There is no "Team" column to group by (its columns are Case ID, Case type, Family): choose one of its columns.',
    );
  });

  it('refuses a blank seed and a case list with repeated Case IDs', () => {
    expect(messages(drawSample(seedReport, { kind: 'total', size: 5 }, '  ', { now: NOW }))[0]).toMatch(
      /^Enter a seed/,
    );
    const twice = [...seedReport, { ...seedReport[3]!, row: 102, cell: 'A102' }];
    const m = messages(drawSample(twice, { kind: 'total', size: 5 }, 's', { now: NOW }));
    expect(m).toHaveLength(2);
    expect(m[0]).toContain('Case ID C004 appears 2 times (A5, A102)');
  });
});

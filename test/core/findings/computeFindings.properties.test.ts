import fc from 'fast-check';
import type { CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { Findings } from '../../../src/core/findings/Findings';
import { findingsJson } from '../../../src/core/findings/findingsJson';
import { indicators, questionSet, record } from './findingsFixture';

const NOW = new Date(Date.UTC(2024, 0, 1));
const kindArb = fc.constantFrom('a', 'b', 'c', null, 'bogus');
const tagsArb = fc.oneof(fc.constant(null), fc.subarray(['x', 'y', 'z']), fc.constant(['x', 'nope']));
const casesArb = fc
  .array(fc.tuple(kindArb, tagsArb), { maxLength: 60 })
  .map((rows) => rows.map(([k, t], i) => record(String(i + 2), k, t)));

const run = (cases: readonly CaseRecord[], suppress = false): Findings =>
  computeFindings(questionSet!, indicators, cases, { now: NOW, suppress });
const size = (f: Findings, q: string, what: 'applicable' | 'answered' | 'notApplicable' | 'missing') =>
  f.questions.find((x) => x.name === q)![what].cases.size;

describe('findings properties', () => {
  it('adds up: choices of a select_one to answered, answered + missing to applicable, and so on', () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        const f = run(cases);
        for (const q of f.questions) {
          expect(size(f, q.name, 'answered') + size(f, q.name, 'missing')).toBe(
            size(f, q.name, 'applicable'),
          );
          expect(size(f, q.name, 'applicable') + size(f, q.name, 'notApplicable')).toBe(f.cases.included);
          const picks = q.choices.map((c) => c.count.cases.size);
          if (q.type === 'select_one')
            expect(picks.reduce((a, b) => a + b, 0)).toBe(size(f, q.name, 'answered'));
          else for (const p of picks) expect(p).toBeLessThanOrEqual(size(f, q.name, 'answered'));
        }
      }),
    );
  });

  it('does not depend on the order of the rows', () => {
    fc.assert(
      fc.property(
        casesArb.chain((cases) =>
          fc.tuple(fc.constant(cases), fc.shuffledSubarray(cases, { minLength: cases.length })),
        ),
        ([cases, shuffled]) => {
          const { issues: _a, ...one } = findingsJson(run(cases));
          const { issues: _b, ...two } = findingsJson(run(shuffled));
          expect(two).toEqual(one);
        },
      ),
    );
  });

  it('never counts an answer where the question does not apply', () => {
    fc.assert(
      fc.property(casesArb, fc.array(fc.subarray(['x', 'y', 'z'], { minLength: 1 })), (cases, junk) => {
        // Put tags on every case whose kind is not 'a': nothing may change but the issues.
        const noisy = cases.map((c, i) =>
          c.answers.get('kind') === 'a'
            ? c
            : record(c.id, c.answers.get('kind') ?? null, junk[i % Math.max(1, junk.length)] ?? null),
        );
        const { issues: _a, ...clean } = findingsJson(run(cases));
        const { issues: _b, ...dirty } = findingsJson(run(noisy));
        expect(dirty).toEqual(clean);
      }),
    );
  });

  it('counts a case in a numerator only when it is in the denominator', () => {
    fc.assert(
      fc.property(casesArb, (cases) => {
        for (const i of run(cases).indicators) {
          for (const p of i.numerator.cases.indexes()) expect(i.denominator.cases.has(p)).toBe(true);
        }
      }),
    );
  });

  it('with suppression, never shows a count from 1 to 5, directly or by subtraction', () => {
    const small = (n: number) => n >= 1 && n <= 5;
    fc.assert(
      fc.property(casesArb, (cases) => {
        const f = run(cases, true);
        const shown = (c: { n: number | 'c' }) => c.n !== 'c';
        for (const q of f.questions) {
          const all = [
            q.applicable,
            q.answered,
            q.notApplicable,
            q.missing,
            ...q.choices.map((c) => c.count),
          ];
          for (const c of all) if (shown(c)) expect(small(c.cases.size)).toBe(false);
          for (const c of all) if (!shown(c)) expect(c.percent).toBeNull();
          if (shown(q.applicable) && shown(q.answered)) expect(small(q.missing.cases.size)).toBe(false);
          if (shown(q.applicable) && shown(q.missing)) expect(small(q.answered.cases.size)).toBe(false);
          const hidden = q.choices.filter((c) => !shown(c.count));
          if (q.type === 'select_one' && shown(q.answered) && hidden.length === 1) {
            expect(small(hidden[0]!.count.cases.size)).toBe(false);
          }
        }
        for (const i of f.indicators) {
          if (shown(i.numerator)) expect(small(i.numerator.cases.size)).toBe(false);
          if (shown(i.numerator) && shown(i.denominator)) {
            expect(small(i.denominator.cases.size - i.numerator.cases.size)).toBe(false);
          }
          if (!shown(i.numerator)) expect(i.sentence.startsWith('c ')).toBe(true);
        }
      }),
    );
  });
});

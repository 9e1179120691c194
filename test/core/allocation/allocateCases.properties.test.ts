import fc from 'fast-check';
import { allocateCases } from '../../../src/core/allocation/allocateCases';
import { allocated, fam } from './allocationFixture';

const AUDITORS = ['Ann', 'Bob', 'Cy', 'Dee', 'Eve', 'Fay'];

/** Cases C0..Cn with a family from a small pool (or none), and a pre-allocation consistent with families. */
const scenarioArb = fc
  .record({
    families: fc.array(fc.constantFrom('', '', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6'), { maxLength: 60 }),
    auditorCount: fc.integer({ min: 1, max: AUDITORS.length }),
    familyOwner: fc.array(fc.option(fc.nat({ max: AUDITORS.length - 1 }), { nil: undefined }), {
      minLength: 7,
      maxLength: 7,
    }),
    allocate: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }),
    lone: fc.array(fc.option(fc.nat({ max: AUDITORS.length - 1 }), { nil: undefined }), {
      minLength: 60,
      maxLength: 60,
    }),
    seed: fc.option(fc.string(), { nil: undefined }),
  })
  .map(({ families, auditorCount, familyOwner, allocate, lone, seed }) => {
    const auditors = AUDITORS.slice(0, auditorCount);
    const cases = fam(...families.map((f, i): [string, string] => [`C${i}`, f]));
    const before = new Map<string, string>();
    families.forEach((f, i) => {
      const owner = f === '' ? lone[i] : familyOwner[Number(f.slice(1))];
      if (owner !== undefined && allocate[i]) before.set(`C${i}`, auditors[owner % auditorCount]!);
    });
    return { cases, families, auditors, before, seed };
  });

function unitsOf(families: readonly string[]): string[][] {
  const units = new Map<string, string[]>();
  families.forEach((f, i) => {
    const key = f === '' ? `#${i}` : f;
    units.set(key, [...(units.get(key) ?? []), `C${i}`]);
  });
  return [...units.values()];
}

describe('allocateCases properties', () => {
  it('allocates every case exactly once, keeps pre-allocated cases, never splits a family', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, families, auditors, before, seed }) => {
        const opts = { familyColumn: 'Family', allocated: before, ...(seed === undefined ? {} : { seed }) };
        const a = allocated(allocateCases(cases, auditors, opts));
        const all = a.byAuditor.flatMap((x) => x.caseIds);
        expect(all.slice().sort()).toEqual(cases.map((c) => c.id).sort());
        expect([...a.assignments.keys()].sort()).toEqual(all.slice().sort());
        for (const [id, auditor] of before) expect(a.assignments.get(id)).toBe(auditor);
        for (const unit of unitsOf(families))
          expect(new Set(unit.map((id) => a.assignments.get(id))).size).toBe(1);
        expect(a.notes).toEqual([]);
      }),
    );
  });

  it('balances within the largest family unit when nothing was allocated before', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, families, auditors, seed }) => {
        const a = allocated(
          allocateCases(cases, auditors, { familyColumn: 'Family', ...(seed === undefined ? {} : { seed }) }),
        );
        const sizes = a.byAuditor.map((x) => x.caseIds.length);
        const largest = Math.max(0, ...unitsOf(families).map((u) => u.length));
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(largest);
      }),
    );
  });

  it('never widens the spread left by pre-allocated families beyond the largest family unit', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, families, auditors, before }) => {
        const a = allocated(allocateCases(cases, auditors, { familyColumn: 'Family', allocated: before }));
        // Loads after the held units: every unit touched by a pre-allocation counts wholly to its holder.
        const held = new Map(auditors.map((x) => [x, 0]));
        for (const unit of unitsOf(families)) {
          const holder = unit.map((id) => before.get(id)).find((x) => x !== undefined);
          if (holder !== undefined) held.set(holder, held.get(holder)! + unit.length);
        }
        const spreadBefore = Math.max(...held.values()) - Math.min(...held.values());
        const largest = Math.max(0, ...unitsOf(families).map((u) => u.length));
        const sizes = a.byAuditor.map((x) => x.caseIds.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(Math.max(spreadBefore, largest));
      }),
    );
  });

  it('never adds to a split: a family ends with as many auditors as it had, or one', () => {
    const splitArb = fc.record({
      families: fc.array(fc.constantFrom('F1', 'F2', ''), { minLength: 1, maxLength: 30 }),
      owners: fc.array(fc.option(fc.constantFrom('Ann', 'Bob', 'Cy'), { nil: undefined }), {
        minLength: 30,
        maxLength: 30,
      }),
    });
    fc.assert(
      fc.property(splitArb, ({ families, owners }) => {
        const cases = fam(...families.map((f, i): [string, string] => [`C${i}`, f]));
        const before = new Map<string, string>();
        families.forEach((_, i) => owners[i] !== undefined && before.set(`C${i}`, owners[i]));
        const a = allocated(
          allocateCases(cases, ['Ann', 'Bob', 'Cy'], { familyColumn: 'Family', allocated: before }),
        );
        for (const unit of unitsOf(families)) {
          const had = new Set(unit.map((id) => before.get(id)).filter((x) => x !== undefined)).size;
          expect(new Set(unit.map((id) => a.assignments.get(id))).size).toBe(Math.max(1, had));
        }
        for (const [id, auditor] of before) expect(a.assignments.get(id)).toBe(auditor);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenarioArb, ({ cases, auditors, before, seed }) => {
        const opts = { familyColumn: 'Family', allocated: before, ...(seed === undefined ? {} : { seed }) };
        const x = allocated(allocateCases(cases, auditors, opts));
        const y = allocated(allocateCases(cases.slice().reverse(), auditors, opts));
        expect(y.byAuditor).toEqual(x.byAuditor);
      }),
    );
  });
});

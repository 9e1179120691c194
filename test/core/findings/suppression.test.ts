import fc from 'fast-check';
import {
  cell,
  derivable,
  isSmall,
  suppress,
  type SuppressionCell,
  type SuppressionGroup,
} from '../../../src/core/findings/suppression';

/** A total split into parts, some of them implied (never printed), as findings build them. */
function table(values: readonly number[], impliedRest: boolean) {
  const parts = values.map((v) => cell(v));
  const sum = values.reduce((a, b) => a + b, 0);
  const rest = impliedRest ? [cell(sum % 7, false)] : [];
  const total = cell(sum + (rest[0]?.value ?? 0));
  return { total, parts: [...parts, ...rest] };
}

describe('suppress', () => {
  it('hides small counts and leaves zero and large counts alone', () => {
    const cells = [cell(0), cell(3), cell(6)];
    suppress(cells, [], 5);
    expect(cells.map((c) => c.hidden)).toEqual([false, true, false]);
  });

  it('hides a second count when one hidden count could be derived from the total', () => {
    const t = table([3, 10, 27], false);
    suppress([t.total, ...t.parts], [t], 5);
    expect(t.parts.map((c) => c.hidden)).toEqual([true, true, false]);
    expect(t.total.hidden).toBe(false);
  });

  it('hides a numerator whose complement is small (39 of 43 reveals 4)', () => {
    const num = cell(39);
    const den = cell(43);
    const rest = cell(4, false);
    suppress([num, den, rest], [{ total: den, parts: [num, rest] }], 5);
    expect(num.hidden).toBe(true);
    expect(den.hidden).toBe(false);
  });

  it('never lets a count from 1 to the threshold be shown or worked out', () => {
    const groupArb = fc.record({
      values: fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 5 }),
      implied: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(groupArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (specs, t) => {
          const groups: SuppressionGroup[] = specs.map((s) => table(s.values, s.implied));
          // Chain the tables as findings do: each total is a part of one grand total.
          const grand = cell(groups.reduce((a, g) => a + g.total.value, 0));
          groups.push({ total: grand, parts: groups.map((g) => g.total) });
          const cells: SuppressionCell[] = [...new Set(groups.flatMap((g) => [g.total, ...g.parts]))];
          suppress(cells, groups, t);
          const known = derivable(cells, groups);
          for (const c of cells) if (known.has(c)) expect(isSmall(c.value, t)).toBe(false);
        },
      ),
    );
  });
});

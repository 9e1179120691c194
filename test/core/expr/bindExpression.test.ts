import fc from 'fast-check';
import { bindExpression, isCompiled } from '../../../src/core/expr/bindExpression';
import type { CompiledExpression, SlotEnvironment } from '../../../src/core/expr/Expression';
import type { Value } from '../../../src/core/expr/Value';
import { compile, env, NOW } from './evaluate';

/*
 * A bound expression reads `${name}` from an array slot instead of asking the environment by name. On any
 * expression and any values it must give what the name-keyed closure gives (or fail with the same message).
 */
const SLOTS: Readonly<Record<string, number>> = { a: 0, b: 1, c: 2, d: 3 };
const slotOf = (name: string): number | undefined => SLOTS[name];

const valueArb: fc.Arbitrary<Value> = fc.oneof(
  fc.constantFrom('', 'yes', 'no', 'x y', '12', ' 3 ', 'abc'),
  fc.integer({ min: -5, max: 40 }),
  fc.double({ min: -100, max: 100 }),
  fc.boolean(),
  fc.integer({ min: 18990, max: 19020 }).map((days): Value => ({ kind: 'date', days })),
  fc.double({ min: 18990, max: 19020, noNaN: true }).map((days): Value => ({ kind: 'dateTime', days })),
);

const { expr: exprArb } = fc.letrec<{ expr: string; leaf: string; node: string }>((tie) => ({
  expr: fc.oneof({ maxDepth: 4, depthSize: 'small' }, tie('leaf'), tie('node')),
  leaf: fc.oneof(
    // `zz` has no slot: it reads '' both ways.
    fc.constantFrom('${a}', '${b}', '${c}', '${d}', '${zz}', '.', 'today()', 'now()'),
    fc.integer({ min: -3, max: 30 }).map(String),
    fc.constantFrom("'yes'", "'no'", "''", "'x'", "'2023-02-06'", "'2022-01-05'", "'12'"),
  ),
  node: fc.oneof(
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom('+', '-', '*', 'div', 'mod', '=', '!=', '<', '<=', '>', '>=', 'and', 'or'),
        tie('expr'),
      )
      .map(([l, op, r]) => `(${l} ${op} ${r})`),
    tie('expr').map((e) => `-(${e})`),
    fc.tuple(tie('expr'), tie('expr'), tie('expr')).map(([c, t, f]) => `if(${c}, ${t}, ${f})`),
    fc.tuple(tie('expr'), tie('leaf')).map(([s, c]) => `selected(${s}, ${c})`),
    fc.tuple(tie('expr'), tie('expr')).map(([x, y]) => `coalesce(${x}, ${y})`),
    fc.tuple(tie('expr'), tie('expr')).map(([x, y]) => `concat(${x}, ${y})`),
    fc
      .constantFrom('count-selected', 'string-length', 'int', 'number', 'not', 'date')
      .chain((f) => tie('expr').map((e) => `${f}(${e})`)),
    tie('expr').map((e) => `format-date(${e}, '%Y-%m-%d')`),
  ),
}));

type Outcome = { value: Value } | { error: string };
const outcome = (run: () => Value): Outcome => {
  try {
    return { value: run() };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
};

function slotEnv(values: readonly Value[], dot: Value): SlotEnvironment {
  const byName = { a: values[0]!, b: values[1]!, c: values[2]!, d: values[3]! };
  return { ...env(byName, dot), values };
}

describe('bindExpression', () => {
  it('gives what the name-keyed expression gives, on any expression and any values', () => {
    fc.assert(
      fc.property(
        exprArb,
        fc.array(valueArb, { minLength: 4, maxLength: 4 }),
        valueArb,
        (source, values, dot) => {
          const expression = compile(source);
          const bound = bindExpression(expression, slotOf);
          const byName = outcome(() => expression.evaluate(slotEnv(values, dot)));
          // The bound closure must not ask by name: an environment whose ref would disagree cannot change it.
          const misleading = { ...slotEnv(values, dot), ref: (): Value => 'wrong' };
          expect(outcome(() => bound.evaluate(misleading))).toEqual(byName);
          expect(bound.source).toBe(source);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('reads a name with no slot as blank, `.` from the environment, and the clock it is given', () => {
    const bound = bindExpression(compile("concat(${zz}, '|', ., '|', format-date(today(), '%Y'))"), slotOf);
    expect(bound.evaluate({ ...env({}, 'here', NOW), values: [] })).toBe('|here|2023');
  });

  it('evaluates an expression compileExpression did not make as given, through the environment', () => {
    const own: CompiledExpression = {
      source: '${a}',
      references: ['a'],
      usesDot: false,
      evaluate: (e) => `seen ${e.ref('a') as string}`,
    };
    expect(isCompiled(own)).toBe(false);
    expect(isCompiled(compile('${a}'))).toBe(true);
    expect(bindExpression(own, slotOf).evaluate({ ...env({ a: 'by name' }), values: ['by slot'] })).toBe(
      'seen by name',
    );
  });
});

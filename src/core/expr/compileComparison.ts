import type { AstNode, BinaryOperator } from './AstNode';
import { order, valuesEqual } from './compare';
import { toNumber } from './coerce';
import { dateFromIso } from './dates';
import type { SlotEnvironment } from './Expression';
import type { Value } from './Value';
import type { Thunk } from './functions/FunctionDefinition';
import { slotOf } from './slotRead';

export type ComparisonOperator = '=' | '!=' | '<' | '<=' | '>' | '>=';

const MIRROR: Readonly<Record<ComparisonOperator, ComparisonOperator>> = {
  '=': '=',
  '!=': '!=',
  '<': '>',
  '<=': '>=',
  '>': '<',
  '>=': '<=',
};

export function isComparison(op: BinaryOperator): op is ComparisonOperator {
  return op in MIRROR;
}

/**
 * Most conditions compare an answer with a literal (`${q} = 'yes'`, `${n} >= 18`). Those get closures that
 * test the common type first and fall back to the general rules in compare.ts, which they must always agree
 * with; a literal on the left is mirrored to the right.
 */
export function compileComparison(
  op: ComparisonOperator,
  left: AstNode,
  right: AstNode,
  compile: (node: AstNode) => Thunk,
): Thunk {
  if (isLiteral(left) && !isLiteral(right)) return withLiteral(MIRROR[op], compile(right), left.value);
  if (isLiteral(right)) return withLiteral(op, compile(left), right.value);
  return general(op, compile(left), compile(right));
}

type Literal = Extract<AstNode, { kind: 'number' | 'string' }>;

function isLiteral(node: AstNode): node is Literal {
  return node.kind === 'number' || node.kind === 'string';
}

function withLiteral(op: ComparisonOperator, l: Thunk, literal: number | string): Thunk {
  const slot = slotOf(l);
  if (typeof literal === 'string' && (op === '=' || op === '!=')) {
    const equal = op === '=';
    // valuesEqual(v, literal) with the literal's readings worked out once: a number, date or boolean
    // against text reads the text as a number, an ISO date or a boolean, and `${date} != ''` or
    // `${count} != 'no'` ran the number pattern (and the date pattern) on the same literal every case.
    const asNumber = toNumber(literal);
    const asDays = dateFromIso(literal)?.days ?? asNumber;
    const asBoolean = literal.length > 0;
    const same = (v: Value): boolean => {
      if (typeof v === 'string') return v === literal;
      if (typeof v === 'number') return v === asNumber;
      if (typeof v === 'boolean') return v === asBoolean;
      return v.days === asDays;
    };
    // A bound `${name}` (the commonest condition of all, `${q} = 'yes'`, `${q} != ''`) is read straight
    // from its slot rather than through the closure that reads it, as it runs for every case.
    if (slot !== undefined) return (env) => same((env as SlotEnvironment).values[slot] ?? '') === equal;
    return (env) => same(l(env)) === equal;
  }
  if (typeof literal === 'string') return general(op, l, () => literal);
  // Against a number every value compares as a number (a boolean only for = and !=).
  const n = literal;
  switch (op) {
    case '=':
      return (env) => {
        const v = l(env);
        return typeof v === 'number' ? v === n : valuesEqual(v, n);
      };
    case '!=':
      return (env) => {
        const v = l(env);
        return typeof v === 'number' ? v !== n : !valuesEqual(v, n);
      };
    case '<':
      return (env) => toNumber(l(env)) < n;
    case '<=':
      return (env) => toNumber(l(env)) <= n;
    case '>':
      return (env) => toNumber(l(env)) > n;
    case '>=':
      return (env) => toNumber(l(env)) >= n;
  }
}

function general(op: ComparisonOperator, l: Thunk, r: Thunk): Thunk {
  switch (op) {
    case '=':
      return (env) => valuesEqual(l(env), r(env));
    case '!=':
      return (env) => !valuesEqual(l(env), r(env));
    case '<':
      return (env) => order(l(env), r(env)) < 0;
    case '<=':
      return (env) => order(l(env), r(env)) <= 0;
    case '>':
      return (env) => order(l(env), r(env)) > 0;
    case '>=':
      return (env) => order(l(env), r(env)) >= 0;
  }
}

import type { AstNode, BinaryOperator } from './AstNode';
import { order, valuesEqual } from './compare';
import { toNumber } from './coerce';
import type { SlotEnvironment } from './Expression';
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
  // A bound `${name}` against a string, the commonest condition of all (`${q} = 'yes'`, `${q} != ''`):
  // one closure reading the slot, rather than one calling another, as it runs for every case.
  if (slot !== undefined && typeof literal === 'string' && (op === '=' || op === '!=')) {
    const equal = op === '=';
    return (env) => {
      const v = (env as SlotEnvironment).values[slot] ?? '';
      return (typeof v === 'string' ? v === literal : valuesEqual(v, literal)) === equal;
    };
  }
  if (typeof literal === 'string') {
    if (op === '=')
      return (env) => {
        const v = l(env);
        return typeof v === 'string' ? v === literal : valuesEqual(v, literal);
      };
    if (op === '!=')
      return (env) => {
        const v = l(env);
        return typeof v === 'string' ? v !== literal : !valuesEqual(v, literal);
      };
    return general(op, l, () => literal);
  }
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

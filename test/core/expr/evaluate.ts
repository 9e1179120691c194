import { compileExpression } from '../../../src/core/expr/compileExpression';
import type { CompiledExpression, Environment, ExpressionError } from '../../../src/core/expr/Expression';
import type { DateValue, Value } from '../../../src/core/expr/Value';

export const NOW = new Date(Date.UTC(2023, 1, 6, 9, 30, 15));

export function compile(source: string): CompiledExpression {
  const result = compileExpression(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.expression;
}

export function compileError(source: string): ExpressionError {
  const result = compileExpression(source);
  if (result.ok) throw new Error(`${source} compiled but should not have`);
  return result.error;
}

export function env(
  answers: Readonly<Record<string, Value>> = {},
  dot?: Value,
  now: Date = NOW,
): Environment {
  const base = { ref: (name: string) => answers[name] ?? '', now: () => now };
  return dot === undefined ? base : { ...base, dot };
}

/** Compiles and evaluates once: a test's one-liner. */
export function run(source: string, answers: Readonly<Record<string, Value>> = {}, dot?: Value): Value {
  return compile(source).evaluate(env(answers, dot));
}

export function date(iso: string): DateValue {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { kind: 'date', days: Date.UTC(y, m - 1, d) / 86400000 };
}

export function dateTime(iso: string): DateValue {
  return { kind: 'dateTime', days: Date.parse(`${iso}Z`) / 86400000 };
}

import type { Value } from './Value';

/** What an expression can see when it runs. */
export interface Environment {
  /** The value of `${name}`: '' when unanswered or not relevant. */
  ref(name: string): Value;
  /** The value of `.` (the answer being checked, in constraints); '' when absent. */
  readonly dot?: Value;
  /** The clock behind today() and now(), injected so that results are reproducible. */
  now(): Date;
}

/** An expression parsed once (when the question set loads) and evaluated many times. */
export interface CompiledExpression {
  readonly source: string;
  /** The names referenced as `${name}`, each once, in order of first appearance. */
  readonly references: readonly string[];
  readonly usesDot: boolean;
  evaluate(env: Environment): Value;
}

export interface ExpressionError {
  readonly message: string;
  /** 0-based character offset in the source where the problem starts. */
  readonly position: number;
}

export type CompileResult =
  | { readonly ok: true; readonly expression: CompiledExpression }
  | { readonly ok: false; readonly error: ExpressionError };

/**
 * An Environment whose `${name}` values sit in an array, at slots fixed once per question set: what
 * a BoundExpression (bindExpression) reads. `ref` must agree with `values` for the names it binds.
 */
export interface SlotEnvironment extends Environment {
  readonly values: readonly Value[];
}

/** A compiled expression whose `${name}`s were turned into array reads once (bindExpression). */
export interface BoundExpression {
  readonly source: string;
  evaluate(env: SlotEnvironment): Value;
}

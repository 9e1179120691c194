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

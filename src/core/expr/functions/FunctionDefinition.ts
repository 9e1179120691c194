import type { AstNode } from '../AstNode';
import type { Environment } from '../Expression';
import type { Value } from '../Value';

/** A compiled piece of an expression: evaluating it is one call, with no tree to walk. */
export type Thunk = (env: Environment) => Value;

export interface FunctionDefinition {
  readonly minArgs: number;
  readonly maxArgs: number;
  /** How a manager would call it, for messages: `if(condition, value if true, value if false)`. */
  readonly usage: string;
  /**
   * Builds the closure from the compiled arguments; `nodes` are the parsed arguments, for checks that can
   * be made once (a literal regex pattern). May throw ExpressionSyntaxError.
   */
  compile(args: readonly Thunk[], nodes: readonly AstNode[]): Thunk;
}

/** Arguments are checked against minArgs/maxArgs before compile is called, so these reads are safe. */
export function arg(args: readonly Thunk[], index: number): Thunk {
  return args[index] ?? (() => '');
}

/**
 * Raised inside the tokenizer, parser and compiler only, and always caught by compileExpression, which turns
 * it into `{ ok: false, error }`: unwinding from deep in the recursive parser is simpler than threading
 * results through every rule, and no caller ever sees the throw.
 */
export class ExpressionSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based character offset where the problem starts. */
    readonly position: number,
  ) {
    super(message);
    this.name = 'ExpressionSyntaxError';
  }
}

/** Positions in messages are 1-based, as a person counts characters in a cell. */
export function at(position: number): string {
  return `at character ${position + 1}`;
}

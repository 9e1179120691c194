import { compileExpression } from '../expr/compileExpression';
import type { CompiledExpression } from '../expr/Expression';
import type { SheetIssue } from '../sheets/SheetData';

/** An expression compiled from a survey cell, remembered so its `${references}` can be checked later. */
export interface CellExpression {
  readonly expression: CompiledExpression;
  readonly sheet: string;
  readonly cell: string;
  /** The column it came from: relevant, constraint, calculation or required. */
  readonly column: string;
  /** The question or group whose cell it is. */
  readonly owner: string;
}

/** Compiles one expression cell; a parse error is reported with the compiler's message and position. */
export function compileCell(
  source: string,
  where: Omit<CellExpression, 'expression'>,
  compiled: CellExpression[],
  errors: SheetIssue[],
): CompiledExpression | null {
  if (source === '') return null;
  const result = compileExpression(source);
  if (result.ok) {
    compiled.push({ ...where, expression: result.expression });
    return result.expression;
  }
  const { message, position } = result.error;
  const near = source.slice(position, position + 20);
  errors.push({
    sheet: where.sheet,
    cell: where.cell,
    message:
      `The ${where.column} of '${where.owner}' could not be read: ${message} ` +
      `(at character ${position + 1}${near === '' ? ', the end' : `, near '${near}'`}). Correct the expression.`,
  });
  return null;
}

/** `required = yes`: no expression to compile, but callers evaluate every requirement the same way. */
export function alwaysTrue(source: string): CompiledExpression {
  return { source, references: [], usesDot: false, evaluate: () => true };
}

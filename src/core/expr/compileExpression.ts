import { rememberTree } from './bindExpression';
import { compileNode, type CompileFacts } from './compileNode';
import type { CompileResult } from './Expression';
import { ExpressionSyntaxError } from './ExpressionSyntaxError';
import { parse } from './parse';

/**
 * Parses and compiles an XLSForm/ODK expression once. Never throws: every problem in the text comes back
 * as `{ ok: false, error }` with a message a manager can act on and the 0-based position it starts at.
 */
export function compileExpression(source: string): CompileResult {
  try {
    const facts: CompileFacts = { references: [], usesDot: false };
    const tree = parse(source);
    const evaluate = compileNode(tree, facts);
    const expression = { source, references: facts.references, usesDot: facts.usesDot, evaluate };
    rememberTree(expression, tree);
    return { ok: true, expression };
  } catch (e) {
    if (e instanceof ExpressionSyntaxError) {
      return { ok: false, error: { message: e.message, position: e.position } };
    }
    // A fault of ours, not the manager's: still an answer, never a stack trace in their face.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { message: `This expression could not be read (${detail}).`, position: 0 } };
  }
}

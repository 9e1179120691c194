import type { AstNode } from './AstNode';
import { compileNode, type CompileFacts } from './compileNode';
import type { BoundExpression, CompiledExpression } from './Expression';
import { slotRead } from './slotRead';

/** The tree behind each expression compileExpression made, kept so that it can be bound to slots later. */
const trees = new WeakMap<CompiledExpression, AstNode>();

export function rememberTree(expression: CompiledExpression, tree: AstNode): void {
  trees.set(expression, tree);
}

/** Whether compileExpression made this expression (so its source says all it does). */
export function isCompiled(expression: CompiledExpression): boolean {
  return trees.has(expression);
}

/**
 * Compiles an expression again with every `${name}` read straight from `env.values[slot]`, the slot
 * `slotOf` gives (a name it does not know reads ''). A case's expressions run a million times in a findings
 * run; through Environment.ref each reference was a method call and a lookup by name. Done once per
 * question set. Results are the same as `expression.evaluate` given an Environment whose `ref(name)` is
 * `values[slotOf(name)] ?? ''`; an expression compileExpression did not make is evaluated as given.
 */
export function bindExpression(
  expression: CompiledExpression,
  slotOf: (name: string) => number | undefined,
): BoundExpression {
  const tree = trees.get(expression);
  if (tree === undefined) return { source: expression.source, evaluate: (env) => expression.evaluate(env) };
  const facts: CompileFacts = { references: [], usesDot: false };
  // The tree compiled once already, so compiling it again cannot fail.
  const evaluate = compileNode(tree, facts, (name) => {
    const slot = slotOf(name);
    return slot === undefined ? () => '' : slotRead(slot);
  });
  return { source: expression.source, evaluate };
}

import type { AstNode } from './AstNode';
import { at, ExpressionSyntaxError } from './ExpressionSyntaxError';
import type { Thunk } from './functions/FunctionDefinition';
import { functionTable } from './functions/functionTable';
import { suggestFunction } from './functions/suggestFunction';

type CallNode = Extract<AstNode, { kind: 'call' }>;

function plural(n: number): string {
  return n === 1 ? '1 value' : `${n} values`;
}

/** Checks the name and the number of arguments, then lets the function build its closure. */
export function compileCall(node: CallNode, args: readonly Thunk[]): Thunk {
  const where = at(node.position);
  const definition = functionTable.get(node.name);
  if (definition === undefined) {
    const lower = node.name.toLowerCase();
    if (lower === 'and' || lower === 'or') {
      throw new ExpressionSyntaxError(
        `'${node.name}' ${where} is written between conditions, not as a function: \${a} = 1 ${lower} \${b} = 2.`,
        node.position,
      );
    }
    const suggestion = suggestFunction(node.name, functionTable.keys());
    const hint =
      suggestion === null
        ? ' See docs/expressions.md for the functions you can use.'
        : ` Did you mean '${suggestion}'?`;
    throw new ExpressionSyntaxError(`Unknown function '${node.name}' ${where}.${hint}`, node.position);
  }
  const count = args.length;
  if (count < definition.minArgs || count > definition.maxArgs) {
    const expected =
      definition.minArgs === definition.maxArgs
        ? plural(definition.minArgs)
        : definition.maxArgs === Infinity
          ? `at least ${plural(definition.minArgs)}`
          : `${definition.minArgs} to ${definition.maxArgs} values`;
    throw new ExpressionSyntaxError(
      `${node.name}() ${where} takes ${expected} but was given ${count}. Write ${definition.usage}.`,
      node.position,
    );
  }
  return definition.compile(args, node.args);
}

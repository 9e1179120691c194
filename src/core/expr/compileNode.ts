import type { AstNode, BinaryOperator } from './AstNode';
import { add, subtract } from './compare';
import { compileComparison, isComparison, type ComparisonOperator } from './compileComparison';
import { toBoolean, toNumber } from './coerce';
import { compileCall } from './compileCall';
import type { Thunk } from './functions/FunctionDefinition';

/** What compiling an expression learns about it besides the closure. */
export interface CompileFacts {
  /** `${name}`s in order of first appearance. */
  readonly references: string[];
  usesDot: boolean;
}

/** How a `${name}` becomes a closure: by name through Environment.ref, or bound to a slot (bindExpression). */
export type RefCompiler = (name: string) => Thunk;

const byName: RefCompiler = (name) => (env) => env.ref(name);

/**
 * Turns the tree into nested closures once, so that evaluating is a chain of direct calls with no switch
 * on node kinds and no allocation beyond the values themselves.
 */
export function compileNode(node: AstNode, facts: CompileFacts, refer: RefCompiler = byName): Thunk {
  const compile = (n: AstNode): Thunk => compileNode(n, facts, refer);
  switch (node.kind) {
    case 'number':
    case 'string': {
      const value = node.value;
      return () => value;
    }
    case 'ref': {
      const name = node.name;
      if (!facts.references.includes(name)) facts.references.push(name);
      return refer(name);
    }
    case 'dot':
      facts.usesDot = true;
      return (env) => env.dot ?? '';
    case 'negate': {
      const operand = compile(node.operand);
      return (env) => -toNumber(operand(env));
    }
    case 'binary':
      if (isComparison(node.op)) {
        return compileComparison(node.op, node.left, node.right, compile);
      }
      return compileBinary(node.op, compile(node.left), compile(node.right));
    case 'call':
      return compileCall(node, node.args.map(compile));
  }
}

function compileBinary(op: Exclude<BinaryOperator, ComparisonOperator>, l: Thunk, r: Thunk): Thunk {
  switch (op) {
    case 'or':
      return (env) => toBoolean(l(env)) || toBoolean(r(env));
    case 'and':
      return (env) => toBoolean(l(env)) && toBoolean(r(env));
    case '+':
      return (env) => add(l(env), r(env));
    case '-':
      return (env) => subtract(l(env), r(env));
    case '*':
      return (env) => toNumber(l(env)) * toNumber(r(env));
    case 'div':
      return (env) => toNumber(l(env)) / toNumber(r(env));
    case 'mod':
      return (env) => toNumber(l(env)) % toNumber(r(env));
  }
}

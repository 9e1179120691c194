import type { AstNode, BinaryOperator } from './AstNode';
import { at, ExpressionSyntaxError } from './ExpressionSyntaxError';
import { tokenize, type Token } from './tokenize';

/** XPath precedence, loosest first; unary minus binds tighter than all of them. */
const LEVELS: readonly (readonly BinaryOperator[])[] = [
  ['or'],
  ['and'],
  ['=', '!='],
  ['<', '<=', '>', '>='],
  ['+', '-'],
  ['*', 'div', 'mod'],
];
const KEYWORDS: ReadonlySet<string> = new Set(['and', 'or', 'div', 'mod']);
/** Deeper nesting than any real form needs; the limit keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 64;

/** Parses a whole expression; throws ExpressionSyntaxError (caught by compileExpression) when it is not valid. */
export function parse(source: string): AstNode {
  return new Parser(source, tokenize(source)).parseAll();
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parseAll(): AstNode {
    if (this.peek().kind === 'end') {
      throw new ExpressionSyntaxError(
        'The expression is empty. Write a condition or leave the cell blank.',
        0,
      );
    }
    const node = this.parseLevel(0);
    const next = this.peek();
    if (next.kind === ')') {
      throw new ExpressionSyntaxError(
        `The ')' ${at(next.position)} has no matching '('. Remove it or add a '('.`,
        next.position,
      );
    }
    if (next.kind === ',') {
      throw new ExpressionSyntaxError(
        `The ',' ${at(next.position)} is outside any function's brackets.`,
        next.position,
      );
    }
    if (next.kind !== 'end') {
      throw new ExpressionSyntaxError(
        `Expected an operator (such as =, and, or, +) before '${this.show(next)}' ${at(next.position)}.`,
        next.position,
      );
    }
    return node;
  }

  private peek(): Token {
    // tokenize always ends with an 'end' token, so clamping to the last one is safe.
    return this.tokens[Math.min(this.index, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    this.index++;
    return token;
  }

  private show(token: Token): string {
    if (token.kind === 'string')
      return this.source.slice(token.position, token.position + token.text.length + 2);
    if (token.kind === 'ref') return `\${${token.text}}`;
    return token.text;
  }

  private operatorAt(level: number): BinaryOperator | null {
    const token = this.peek();
    if (token.kind !== 'op' && !(token.kind === 'name' && KEYWORDS.has(token.text))) return null;
    const ops = LEVELS[level];
    return ops?.find((op) => op === token.text) ?? null;
  }

  private parseLevel(level: number): AstNode {
    if (level >= LEVELS.length) return this.parseUnary();
    let left = this.parseLevel(level + 1);
    for (let op = this.operatorAt(level); op !== null; op = this.operatorAt(level)) {
      const token = this.next();
      this.expectOperand(token);
      const right = this.parseLevel(level + 1);
      left = { kind: 'binary', op, left, right, position: token.position };
    }
    return left;
  }

  /** After an operator there must be a value: say so at the operator, where the manager will look. */
  private expectOperand(operator: Token): void {
    const t = this.peek();
    const starts =
      t.kind === 'number' ||
      t.kind === 'string' ||
      t.kind === 'ref' ||
      t.kind === 'dot' ||
      t.kind === '(' ||
      (t.kind === 'name' && !KEYWORDS.has(t.text)) ||
      (t.kind === 'op' && t.text === '-');
    if (!starts) {
      throw new ExpressionSyntaxError(
        `'${operator.text}' ${at(operator.position)} needs a value after it.`,
        operator.position,
      );
    }
  }

  private enter(position: number): void {
    if (++this.depth > MAX_DEPTH) {
      throw new ExpressionSyntaxError(
        `The expression is nested too deeply ${at(position)}. Simplify it.`,
        position,
      );
    }
  }

  private parseUnary(): AstNode {
    const token = this.peek();
    if (token.kind === 'op' && token.text === '-') {
      this.next();
      this.enter(token.position);
      this.expectOperand(token);
      const operand = this.parseUnary();
      this.depth--;
      return { kind: 'negate', operand, position: token.position };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): AstNode {
    const token = this.next();
    switch (token.kind) {
      case 'number':
        return { kind: 'number', value: Number(token.text), position: token.position };
      case 'string':
        return { kind: 'string', value: token.text, position: token.position };
      case 'ref':
        return { kind: 'ref', name: token.text, position: token.position };
      case 'dot':
        return { kind: 'dot', position: token.position };
      case '(':
        return this.parseParenthesised(token);
      case 'name':
        return this.parseName(token);
      case 'end':
        throw new ExpressionSyntaxError(
          `The expression ends ${at(token.position)} where a value is needed.`,
          token.position,
        );
      default:
        throw new ExpressionSyntaxError(
          `'${token.text}' ${at(token.position)} needs a value before it.`,
          token.position,
        );
    }
  }

  private parseParenthesised(open: Token): AstNode {
    this.enter(open.position);
    if (this.peek().kind === ')') {
      throw new ExpressionSyntaxError(`The brackets ${at(open.position)} are empty.`, open.position);
    }
    const inner = this.parseLevel(0);
    this.close(open, "'('", "')'");
    this.depth--;
    return inner;
  }

  private close(open: Token, what: string, expected: string): void {
    const t = this.next();
    if (t.kind === ')') return;
    if (t.kind === 'end') {
      throw new ExpressionSyntaxError(
        `The ${what} ${at(open.position)} is never closed. Add a ')'.`,
        open.position,
      );
    }
    throw new ExpressionSyntaxError(
      `Expected ${expected} after the ${what} ${at(open.position)}, but found '${this.show(t)}' ${at(t.position)}.`,
      t.position,
    );
  }

  private parseName(token: Token): AstNode {
    const open = this.peek();
    if (open.kind === '(' && !KEYWORDS.has(token.text)) return this.parseCall(token, open);
    if (KEYWORDS.has(token.text)) {
      throw new ExpressionSyntaxError(
        `'${token.text}' ${at(token.position)} needs a value before it.`,
        token.position,
      );
    }
    const hint =
      token.text === 'true' || token.text === 'false'
        ? `Write ${token.text}() for the value, or '${token.text}' in quotes for the text.`
        : `Refer to a question as \${${token.text}}, or put text in quotes: '${token.text}'.`;
    throw new ExpressionSyntaxError(
      `'${token.text}' ${at(token.position)} is not understood. ${hint}`,
      token.position,
    );
  }

  private parseCall(name: Token, open: Token): AstNode {
    this.next();
    this.enter(open.position);
    const args: AstNode[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        const t = this.peek();
        if (t.kind === ',' || t.kind === ')') {
          throw new ExpressionSyntaxError(
            `A value is missing in ${name.text}() ${at(t.position)}.`,
            t.position,
          );
        }
        args.push(this.parseLevel(0));
        const sep = this.peek();
        if (sep.kind !== ',') break;
        this.next();
      }
    }
    this.close(open, `bracket of ${name.text}(`, "',' or ')'");
    this.depth--;
    return { kind: 'call', name: name.text, args, position: name.position };
  }
}

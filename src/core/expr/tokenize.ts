import { at, ExpressionSyntaxError } from './ExpressionSyntaxError';

export type TokenKind = 'number' | 'string' | 'ref' | 'dot' | 'name' | 'op' | '(' | ')' | ',' | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** The number's digits, the string's contents, the reference's name, the operator or the bare name. */
  readonly text: string;
  readonly position: number;
}

/**
 * XLSForm names: a letter (any alphabet, as in XML names) or underscore, then letters, digits, '_', '-' or
 * '.'; the same rule the question set applies to the name column, so every valid question can be referenced.
 */
const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_.-]/u;
export const QUESTION_NAME = /^[\p{L}_][\p{L}\p{N}_.-]*$/u;

const OPERATORS = ['!=', '<=', '>=', '=', '<', '>', '+', '-', '*'];

/** Common habits from Excel and programming, each with the XPath way to say it. */
const TWO_CHAR_MISTAKES: Readonly<Record<string, string>> = {
  '==': "Use a single '=' to compare",
  '<>': "Use '!=' for 'is not equal to'",
  '&&': "Use 'and'",
  '||': "Use 'or'",
  '..': "'..' (the parent) is not supported; refer to questions as ${name}",
};
const ONE_CHAR_MISTAKES: Readonly<Record<string, string>> = {
  '&': "Use concat(a, b) to join text, or 'and' for both conditions",
  '!': "Use '!=' for 'is not equal to', or not(...)",
  '/': "Use 'div' to divide (paths such as /data/name are not supported; write ${name})",
  '|': "Use 'or'",
  '%': "Use 'mod' for the remainder",
};

const NUMBER = /\d*(?:\.\d*)?/y;
// After a value, 'div-1' is 'div' then '-1' (XPath would read one long name and fail).
const KEYWORD = /(?:and|or|div|mod)(?![A-Za-z0-9_])/y;
const ENDS_OPERAND: ReadonlySet<TokenKind> = new Set<TokenKind>(['number', 'string', 'ref', 'dot', ')']);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (/\s/.test(ch)) {
      i++;
    } else if (isDigit(ch) || (ch === '.' && isDigit(source[i + 1]))) {
      NUMBER.lastIndex = i;
      const text = NUMBER.exec(source)?.[0] ?? ch;
      tokens.push({ kind: 'number', text, position: i });
      i += text.length;
    } else if (ch === '"' || ch === "'") {
      const close = source.indexOf(ch, i + 1);
      if (close < 0) {
        throw new ExpressionSyntaxError(
          `The text starting with ${ch} ${at(i)} has no closing ${ch}. Add one where the text ends.`,
          i,
        );
      }
      tokens.push({ kind: 'string', text: source.slice(i + 1, close), position: i });
      i = close + 1;
    } else if (ch === '$') {
      i = readReference(source, i, tokens);
    } else if (NAME_START.test(ch)) {
      i = readName(source, i, tokens);
    } else {
      i = readSymbol(source, i, tokens);
    }
  }
  tokens.push({ kind: 'end', text: '', position: source.length });
  return tokens;
}

function readName(source: string, i: number, tokens: Token[]): number {
  const previous = tokens[tokens.length - 1];
  let end = i + 1;
  KEYWORD.lastIndex = i;
  if (previous !== undefined && ENDS_OPERAND.has(previous.kind) && KEYWORD.test(source)) {
    end = KEYWORD.lastIndex;
  } else {
    while (end < source.length && NAME_PART.test(source.charAt(end))) end++;
  }
  tokens.push({ kind: 'name', text: source.slice(i, end), position: i });
  return end;
}

function readReference(source: string, i: number, tokens: Token[]): number {
  if (source[i + 1] !== '{') {
    throw new ExpressionSyntaxError(`'$' ${at(i)} must start a reference such as \${name}.`, i);
  }
  const close = source.indexOf('}', i + 2);
  if (close < 0) {
    throw new ExpressionSyntaxError(`The reference '\${' ${at(i)} has no closing '}'. Write \${name}.`, i);
  }
  const name = source.slice(i + 2, close);
  if (!QUESTION_NAME.test(name)) {
    const what = name.trim() === '' ? 'has no name' : `has '${name}', which is not a valid question name`;
    throw new ExpressionSyntaxError(
      `The reference ${at(i)} ${what}: names start with a letter or '_' and contain only letters, digits, '_', '-' and '.'.`,
      i,
    );
  }
  tokens.push({ kind: 'ref', text: name, position: i });
  return close + 1;
}

function readSymbol(source: string, i: number, tokens: Token[]): number {
  const two = source.slice(i, i + 2);
  const ch = source.charAt(i);
  const twoMistake = TWO_CHAR_MISTAKES[two];
  if (twoMistake !== undefined) throw mistake(two, i, twoMistake);
  const op = OPERATORS.find((o) => source.startsWith(o, i));
  if (op !== undefined) {
    tokens.push({ kind: 'op', text: op, position: i });
    return i + op.length;
  }
  if (ch === '(' || ch === ')' || ch === ',') {
    tokens.push({ kind: ch, text: ch, position: i });
    return i + 1;
  }
  if (ch === '.') {
    tokens.push({ kind: 'dot', text: ch, position: i });
    return i + 1;
  }
  const oneMistake = ONE_CHAR_MISTAKES[ch];
  if (oneMistake !== undefined) throw mistake(ch, i, oneMistake);
  throw new ExpressionSyntaxError(`The character '${ch}' ${at(i)} is not part of the language.`, i);
}

function mistake(text: string, i: number, advice: string): ExpressionSyntaxError {
  return new ExpressionSyntaxError(`'${text}' ${at(i)} is not part of the language. ${advice}.`, i);
}

/**
 * Just enough of Excel's formula language to tell a formula from free text and to give the trivially
 * computable ones a value. The simulator does not calculate: every other formula's value is the
 * sentinel UNCALCULATED ('#NAME?'), which is what Excel shows for free text such as "=see notes".
 */
export const UNCALCULATED = '#NAME?';

type Token =
  | { kind: 'num'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'name'; value: string }
  | { kind: 'op'; value: string };

/** Tokens of a formula body (without its "="), or undefined when Excel would reject the formula. */
function tokenize(body: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < body.length) {
    const ch = body[i]!;
    if (ch === ' ' || ch === '\n') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (;;) {
        if (j >= body.length) return undefined;
        if (body[j] === '"') {
          if (body[j + 1] === '"') {
            text += '"';
            j += 2;
            continue;
          }
          break;
        }
        text += body[j];
        j++;
      }
      tokens.push({ kind: 'str', value: text });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      const end = body.indexOf("'!", i + 1);
      if (end < 0) return undefined;
      tokens.push({ kind: 'name', value: body.slice(i, end + 2) });
      i = end + 2;
      continue;
    }
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(body.slice(i));
    if (num && !/[A-Za-z_]/.test(body[i + num[0].length] ?? '')) {
      tokens.push({ kind: 'num', value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_\\$#][A-Za-z0-9_.$!:\\/]*/.exec(body.slice(i));
    if (name) {
      tokens.push({ kind: 'name', value: name[0] });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>%(),;{}@])/.exec(body.slice(i));
    if (!op) return undefined;
    tokens.push({ kind: 'op', value: op[0] });
    i += op[0].length;
  }
  return tokens;
}

const BINARY = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '<=', '>=', '<>']);

/** Whether Excel would accept `formula` (which starts with "="): balanced brackets, no dangling operator. */
export function isFormulaSyntax(formula: string): boolean {
  const tokens = tokenize(formula.slice(1));
  if (!tokens || tokens.length === 0) return false;
  let depth = 0;
  let expectOperand = true;
  let previous: Token | undefined;
  for (const t of tokens) {
    if (t.kind !== 'op') {
      // Two operands in a row are only valid as a space-intersection of references/names.
      if (!expectOperand && (t.kind !== 'name' || previous?.kind !== 'name')) return false;
      expectOperand = false;
      previous = t;
      continue;
    }
    previous = t;
    if (t.value === '(' || t.value === '{') {
      depth++;
      expectOperand = true;
    } else if (t.value === ')' || t.value === '}') {
      depth--;
      if (depth < 0) return false;
      expectOperand = false;
    } else if (t.value === ',' || t.value === ';') {
      if (depth === 0) return false;
      expectOperand = true;
    } else if (t.value === '%') {
      if (expectOperand) return false;
    } else if (BINARY.has(t.value)) {
      if (expectOperand && t.value !== '+' && t.value !== '-') return false;
      expectOperand = true;
    } else if (t.value === '@') {
      expectOperand = true;
    }
  }
  return depth === 0 && !expectOperand;
}

/** Recursive descent over + - * / ^ and parentheses of number literals; undefined for anything else. */
function arithmetic(tokens: Token[]): number | undefined {
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t?.kind === 'op' && t.value === v;
  };
  function primary(): number | undefined {
    const t = peek();
    if (!t) return undefined;
    if (t.kind === 'num') {
      pos++;
      return t.value;
    }
    if (isOp('-') || isOp('+')) {
      const sign = isOp('-') ? -1 : 1;
      pos++;
      const v = power();
      return v === undefined ? undefined : sign * v;
    }
    if (isOp('(')) {
      pos++;
      const v = sum();
      if (!isOp(')')) return undefined;
      pos++;
      return v;
    }
    return undefined;
  }
  function power(): number | undefined {
    let v = primary();
    while (v !== undefined && isOp('^')) {
      pos++;
      const r = primary();
      v = r === undefined ? undefined : v ** r;
    }
    return v;
  }
  function product(): number | undefined {
    let v = power();
    while (v !== undefined && (isOp('*') || isOp('/'))) {
      const div = isOp('/');
      pos++;
      const r = power();
      v = r === undefined ? undefined : div ? v / r : v * r;
    }
    return v;
  }
  function sum(): number | undefined {
    let v = product();
    while (v !== undefined && (isOp('+') || isOp('-'))) {
      const minus = isOp('-');
      pos++;
      const r = product();
      v = r === undefined ? undefined : minus ? v - r : v + r;
    }
    return v;
  }
  const v = sum();
  return pos === tokens.length ? v : undefined;
}

/** The value Excel would show for the trivial formulas; UNCALCULATED for everything else. */
export function evaluateFormula(formula: string): string | number | boolean {
  const tokens = tokenize(formula.slice(1));
  if (!tokens || tokens.length === 0) return UNCALCULATED;
  const only = tokens.length === 1 ? tokens[0]! : undefined;
  if (only?.kind === 'str') return only.value;
  if (only?.kind === 'name' && /^(TRUE|FALSE)$/i.test(only.value)) return only.value.toUpperCase() === 'TRUE';
  const first = tokens[0]!;
  if (first.kind === 'name' && first.value.toUpperCase() === 'HYPERLINK') return hyperlinkText(tokens);
  const n = arithmetic(tokens);
  if (n === undefined) return UNCALCULATED;
  return Number.isFinite(n) ? n : '#DIV/0!';
}

/** HYPERLINK("url", "friendly name") shows its friendly name, or the url when there is none. */
function hyperlinkText(tokens: Token[]): string {
  const strings = tokens.filter((t): t is Extract<Token, { kind: 'str' }> => t.kind === 'str');
  const shape = tokens.map((t) => (t.kind === 'op' ? t.value : t.kind)).join(' ');
  if (shape === 'name ( str )') return strings[0]!.value;
  if (shape === 'name ( str , str )') return strings[1]!.value;
  return UNCALCULATED;
}

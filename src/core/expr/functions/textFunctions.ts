import { toText } from '../coerce';
import { at, ExpressionSyntaxError } from '../ExpressionSyntaxError';
import type { Environment } from '../Expression';
import { arg, type FunctionDefinition, type Thunk } from './FunctionDefinition';
import { countSelected, isSelected } from './selection';

type Nodes = Parameters<FunctionDefinition['compile']>[1];

/** A test on two texts; a literal second text (the usual case) is read once, not on every call. */
function textPair(args: readonly Thunk[], nodes: Nodes, test: (s: string, t: string) => boolean): Thunk {
  const [a, b] = [arg(args, 0), arg(args, 1)];
  const literal = nodes[1];
  if (literal?.kind === 'string') {
    const t = literal.value;
    return (env) => test(toText(a(env)), t);
  }
  return (env) => test(toText(a(env)), toText(b(env)));
}

function compileSelected(args: readonly Thunk[], nodes: Nodes): Thunk {
  const list = arg(args, 0);
  const literal = nodes[1];
  if (literal?.kind === 'string') {
    const name = literal.value.trim();
    return (env) => isSelected(toText(list(env)), name);
  }
  return textPair(args, nodes, (s, t) => isSelected(s, t.trim()));
}

/** The pattern as JavaScript reads it, or the reason it cannot be read. ODK's regex() finds a match anywhere. */
function compilePattern(pattern: string): RegExp | string {
  try {
    return new RegExp(pattern);
  } catch (e) {
    return e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'invalid pattern';
  }
}

function compileRegex(args: readonly Thunk[], nodes: Nodes): Thunk {
  const subject = arg(args, 0);
  const patternNode = nodes[1];
  if (patternNode?.kind === 'string') {
    const re = compilePattern(patternNode.value);
    if (typeof re === 'string') {
      throw new ExpressionSyntaxError(
        `The pattern in regex() ${at(patternNode.position)} is not a valid regular expression (${re}).`,
        patternNode.position,
      );
    }
    return (env) => re.test(toText(subject(env)));
  }
  // A pattern computed per case is compiled when it changes; an invalid one is simply no match.
  const pattern = arg(args, 1);
  let lastSource: string | null = null;
  let lastRe: RegExp | string = '';
  return (env: Environment) => {
    const source = toText(pattern(env));
    if (source !== lastSource) {
      lastSource = source;
      lastRe = compilePattern(source);
    }
    return typeof lastRe !== 'string' && lastRe.test(toText(subject(env)));
  };
}

export const textFunctions: Readonly<Record<string, FunctionDefinition>> = {
  string: {
    minArgs: 1,
    maxArgs: 1,
    usage: 'string(value)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => toText(a(env));
    },
  },
  concat: {
    minArgs: 1,
    maxArgs: Infinity,
    usage: 'concat(text, text, ...)',
    compile(args) {
      return (env) => {
        let out = '';
        for (let i = 0; i < args.length; i++) out += toText(arg(args, i)(env));
        return out;
      };
    },
  },
  contains: {
    minArgs: 2,
    maxArgs: 2,
    usage: 'contains(text, part)',
    compile: (args, nodes) => textPair(args, nodes, (s, t) => s.includes(t)),
  },
  'starts-with': {
    minArgs: 2,
    maxArgs: 2,
    usage: 'starts-with(text, start)',
    compile: (args, nodes) => textPair(args, nodes, (s, t) => s.startsWith(t)),
  },
  'string-length': {
    minArgs: 1,
    maxArgs: 1,
    usage: 'string-length(text)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => toText(a(env)).length;
    },
  },
  regex: { minArgs: 2, maxArgs: 2, usage: "regex(text, 'pattern')", compile: compileRegex },
  selected: {
    minArgs: 2,
    maxArgs: 2,
    usage: "selected(${question}, 'choice name')",
    compile: compileSelected,
  },
  'count-selected': {
    minArgs: 1,
    maxArgs: 1,
    usage: 'count-selected(${question})',
    compile(args) {
      const a = arg(args, 0);
      return (env) => countSelected(toText(a(env)));
    },
  },
};

import { toText } from '../coerce';
import { canonicalDays } from '../dates';
import { formatDate } from '../formatDate';
import type { DateValue } from '../Value';
import { arg, type FunctionDefinition, type Thunk } from './FunctionDefinition';
import { toDateValue } from './toDateValue';

const MS_PER_DAY = 86400000;

function convert(args: readonly Thunk[], kind: DateValue['kind']): Thunk {
  const a = arg(args, 0);
  return (env) => toDateValue(a(env), kind) ?? '';
}

/** Reuses the last value while the clock reads the same, as it does for a whole findings run. */
function clock(make: (ms: number) => DateValue): Thunk {
  let lastMs = NaN;
  let last: DateValue | null = null;
  return (env) => {
    const ms = env.now().getTime();
    if (last === null || ms !== lastMs) {
      lastMs = ms;
      last = make(ms);
    }
    return last;
  };
}

function format(args: readonly Thunk[]): Thunk {
  const [d, f] = [arg(args, 0), arg(args, 1)];
  return (env) => {
    const date = toDateValue(d(env), 'dateTime');
    return date === null ? '' : formatDate(date, toText(f(env)));
  };
}

/*
 * today() and now() read env.now(), never the machine's clock directly, so findings are reproducible; the
 * calendar day is taken in UTC, never the machine's time zone.
 */
export const dateFunctions: Readonly<Record<string, FunctionDefinition>> = {
  today: {
    minArgs: 0,
    maxArgs: 0,
    usage: 'today()',
    compile: () => clock((ms) => ({ kind: 'date', days: Math.floor(ms / MS_PER_DAY) })),
  },
  now: {
    minArgs: 0,
    maxArgs: 0,
    usage: 'now()',
    compile: () => clock((ms) => ({ kind: 'dateTime', days: canonicalDays(ms / MS_PER_DAY) })),
  },
  date: { minArgs: 1, maxArgs: 1, usage: "date('YYYY-MM-DD')", compile: (args) => convert(args, 'date') },
  'date-time': {
    minArgs: 1,
    maxArgs: 1,
    usage: "date-time('YYYY-MM-DDTHH:MM:SS')",
    compile: (args) => convert(args, 'dateTime'),
  },
  'decimal-date-time': {
    minArgs: 1,
    maxArgs: 1,
    usage: 'decimal-date-time(date)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => toDateValue(a(env), 'dateTime')?.days ?? NaN;
    },
  },
  'format-date': { minArgs: 2, maxArgs: 2, usage: "format-date(date, '%Y-%m-%d')", compile: format },
  'format-date-time': {
    minArgs: 2,
    maxArgs: 2,
    usage: "format-date-time(date, '%Y-%m-%d %H:%M')",
    compile: format,
  },
};

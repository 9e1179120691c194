import { toNumber } from '../coerce';
import { arg, type FunctionDefinition } from './FunctionDefinition';

/**
 * ODK rounds half away from zero (round(-2.5) is -3). The 15-digit pass first undoes binary noise, so that
 * round(1.005, 2) is 1.01 as written, not 1.00 because 1.005 is stored as 1.00499999999999989...
 */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(digits)) return Number.isNaN(digits) ? NaN : x;
  const places = Math.trunc(digits);
  const scale = 10 ** Math.abs(places);
  const scaled = places >= 0 ? x * scale : x / scale;
  const clean = Number(scaled.toPrecision(15));
  const rounded = Math.sign(clean) * Math.round(Math.abs(clean));
  return places >= 0 ? rounded / scale : rounded * scale;
}

export const numberFunctions: Readonly<Record<string, FunctionDefinition>> = {
  number: {
    minArgs: 1,
    maxArgs: 1,
    usage: 'number(value)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => toNumber(a(env));
    },
  },
  int: {
    minArgs: 1,
    maxArgs: 1,
    usage: 'int(number)',
    compile(args) {
      const a = arg(args, 0);
      return (env) => Math.trunc(toNumber(a(env)));
    },
  },
  round: {
    minArgs: 1,
    maxArgs: 2,
    usage: 'round(number, decimal places)',
    compile(args) {
      const a = arg(args, 0);
      const d = args[1];
      if (d === undefined) return (env) => roundHalfAwayFromZero(toNumber(a(env)), 0);
      return (env) => roundHalfAwayFromZero(toNumber(a(env)), toNumber(d(env)));
    },
  },
};

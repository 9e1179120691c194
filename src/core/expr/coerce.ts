import { isoFromDate } from './dates';
import type { Value } from './Value';

/*
 * XPath 1.0 conversions, as ODK applies them. Each is a handful of typeof checks so that the evaluator can
 * call them on every step without allocating.
 */

/** XPath boolean(): '' and 0 and NaN are false; any other text (even 'false') is true; dates are true. */
export function toBoolean(v: Value): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.length > 0;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  return true;
}

// XPath numbers: optional minus, digits, optional fraction. No exponent, no '+', no thousands separators,
// so '1e3' and '1,000' are not numbers rather than silently becoming something else.
const NUMBER = /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)\s*$/;

/** XPath number(): text that is not a plain decimal (including '') is NaN; dates are their day number. */
export function toNumber(v: Value): number {
  if (typeof v === 'number') return v;
  // A blank is the commonest text of all here (an unanswered question), and never a number.
  if (typeof v === 'string') return v !== '' && NUMBER.test(v) ? Number(v) : NaN;
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v.days;
}

/** XPath string(): dates in ISO form, numbers without binary noise (0.1 + 0.2 is '0.3') and never in e-notation. */
export function toText(v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return isoFromDate(v);
}

function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : n < 0 ? '-Infinity' : 'NaN';
  // 15 significant digits is what a double holds reliably; the rest is noise from binary fractions.
  const text = String(Number(n.toPrecision(15)));
  return text.includes('e') ? expandExponent(text) : text;
}

/** '1.5e-7' -> '0.00000015', '1e+21' -> '1000000000000000000000'. */
function expandExponent(text: string): string {
  const [mantissa = '', exp = '0'] = text.split('e');
  const negative = mantissa.startsWith('-');
  const [intPart = '', fracPart = ''] = (negative ? mantissa.slice(1) : mantissa).split('.');
  const digits = intPart + fracPart;
  const point = intPart.length + Number(exp);
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${out}` : out;
}

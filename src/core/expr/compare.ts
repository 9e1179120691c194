import { canonicalDays, dateFromIso } from './dates';
import { toBoolean, toNumber } from './coerce';
import type { Value } from './Value';

/*
 * Comparison as ODK does it: booleans compare as booleans for = and !=; otherwise, if either side is a
 * number, a boolean or a date, both compare as numbers (dates as days; text beside a date is read as an
 * ISO date); two texts compare as text. NaN (a blank turned into a number) makes =, <, >, <=, >= false
 * and != true, so an unanswered question is never "> 3" and never "= 0".
 */

/** A side as a number, reading ISO text as a date when the other side is a date. */
function numeric(v: Value, other: Value): number {
  if (typeof v === 'string' && typeof other === 'object') {
    const date = dateFromIso(v);
    if (date !== null) return date.days;
  }
  return toNumber(v);
}

export function valuesEqual(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return toBoolean(a) === toBoolean(b);
  return numeric(a, b) === numeric(b, a);
}

/**
 * The sign of a - b, or NaN when either side has no number (then every ordering is false). Two texts
 * compare as text, except that two numbers in text (choice names such as '9' and '10') compare as numbers,
 * and a blank is neither less nor greater than any text.
 */
export function order(a: Value, b: Value): number {
  let x: number;
  let y: number;
  if (typeof a === 'string' && typeof b === 'string') {
    x = toNumber(a);
    y = toNumber(b);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      // A blank has no place in an order: unanswered is never before or after anything.
      if (a === '' || b === '') return a === b ? 0 : NaN;
      return a < b ? -1 : a > b ? 1 : 0;
    }
  } else {
    x = numeric(a, b);
    y = numeric(b, a);
  }
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

/** Date arithmetic lands on whole milliseconds, so 24 hours apart is exactly 1, not 0.9999999999. */
export function subtract(a: Value, b: Value): number {
  const result = toNumber(a) - toNumber(b);
  return typeof a === 'object' || typeof b === 'object' ? canonicalDays(result) : result;
}

export function add(a: Value, b: Value): number {
  const result = toNumber(a) + toNumber(b);
  return typeof a === 'object' || typeof b === 'object' ? canonicalDays(result) : result;
}

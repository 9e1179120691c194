const ZERO = 0x30;
const MINUS = 0x2d;
const DOT = 0x2e;
/** Digits that make an integer below 2^53, so the digits and a power of ten are both exact doubles. */
const MAX_DIGITS = 15;
const POWERS = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 10 ** k);

/**
 * The number written in bytes[start, end) as `-?digits(.digits)?` with at most 15 digits, or NaN for
 * anything else (exponents, spaces, longer numbers: the caller then uses Number on the text). Dividing
 * two exact doubles rounds once, correctly, so the result is the very double Number() gives.
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  let k = start;
  const negative = bytes[k] === MINUS;
  if (negative) k++;
  let mantissa = 0;
  let digits = 0;
  let point = -1;
  for (; k < end; k++) {
    const b = bytes[k]!;
    if (b === DOT && point < 0) point = digits;
    else if (b >= ZERO && b <= ZERO + 9) {
      mantissa = mantissa * 10 + (b - ZERO);
      digits++;
    } else return NaN;
  }
  if (digits === 0 || digits > MAX_DIGITS || point === 0 || point === digits) return NaN;
  const value = point < 0 ? mantissa : mantissa / POWERS[digits - point]!;
  return negative ? -value : value;
}

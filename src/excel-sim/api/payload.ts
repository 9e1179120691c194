/** Bytes an action costs besides its arguments: Excel's JSON for one action and its object path. */
export const ACTION_BYTES = 80;

/** JSON size of a scalar plus its comma, without building the JSON. */
function scalarBytes(v: unknown): number {
  if (typeof v === 'string') return v.length + 3;
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v < 1e6)
      return v < 10 ? 2 : v < 100 ? 3 : v < 1000 ? 4 : v < 1e4 ? 5 : v < 1e5 ? 6 : 7;
    return 19;
  }
  if (typeof v === 'boolean') return 6;
  return 5;
}

/**
 * Estimated JSON size of a value, in one pass: strings count their length plus quotes, numbers their digits.
 * Close enough to judge Excel's 5 MB payload limit, and cheap for 100,000-row arrays.
 */
export function jsonBytes(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 2;
    for (const item of value as unknown[]) {
      if (Array.isArray(item)) {
        n += 2;
        for (const v of item as unknown[])
          n += v !== null && typeof v === 'object' ? jsonBytes(v) : scalarBytes(v);
      } else n += jsonBytes(item);
    }
    return n;
  }
  if (value !== null && typeof value === 'object') {
    let n = 2;
    for (const [k, v] of Object.entries(value)) n += k.length + 4 + jsonBytes(v);
    return n;
  }
  return scalarBytes(value);
}

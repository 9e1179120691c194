/** Bytes an action costs besides its arguments: Excel's JSON for one action and its object path. */
export const ACTION_BYTES = 80;

/**
 * Estimated JSON size of a value, in one pass and without building the JSON: strings count their length
 * plus quotes, numbers their digits. Close enough to judge Excel's 5 MB payload limit.
 */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'string':
      return value.length + 3;
    case 'number':
      return Number.isInteger(value) && Math.abs(value) < 1e15 ? String(value).length + 1 : 19;
    case 'boolean':
      return 6;
    case 'object': {
      if (Array.isArray(value)) {
        let n = 2;
        for (const item of value as unknown[]) n += jsonBytes(item);
        return n;
      }
      let n = 2;
      for (const [k, v] of Object.entries(value)) n += k.length + 4 + jsonBytes(v);
      return n;
    }
    default:
      return 8;
  }
}

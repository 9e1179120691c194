import { bytesAre } from './bytesText';
import { isSpace } from './scanXmlBytes';

/** Where an attribute's value lies in the bytes, quotes excluded; reused to save an object per lookup. */
export interface ByteRange {
  start: number;
  end: number;
}

const EQUALS = 0x3d;
const COLON = 0x3a;

/**
 * Finds the attribute `name` (by local name: `r:id` is `id`; never a namespace declaration) among the
 * attributes in bytes[from, to) of an open tag, and sets `out` to its value's range. False when absent.
 */
export function findAttribute(
  bytes: Uint8Array,
  from: number,
  to: number,
  name: string,
  out: ByteRange,
): boolean {
  let k = from;
  while (k < to) {
    while (k < to && isSpace(bytes[k])) k++;
    const start = k;
    let colon = -1;
    while (k < to && bytes[k] !== EQUALS && !isSpace(bytes[k])) {
      if (bytes[k] === COLON && colon < 0) colon = k;
      k++;
    }
    const nameEnd = k;
    while (k < to && isSpace(bytes[k])) k++;
    if (bytes[k] !== EQUALS) {
      // Not name="value": step past it and look on.
      k = Math.max(k, nameEnd + 1);
      continue;
    }
    k++;
    while (k < to && isSpace(bytes[k])) k++;
    const quote = bytes[k];
    if (quote !== 0x22 && quote !== 0x27) continue;
    const valueEnd = bytes.indexOf(quote, k + 1);
    if (valueEnd < 0 || valueEnd > to) return false;
    const local = colon < 0 ? start : colon + 1;
    if (!(colon >= 0 && bytesAre(bytes, start, colon, 'xmlns')) && bytesAre(bytes, local, nameEnd, name)) {
      out.start = k + 1;
      out.end = valueEnd;
      return true;
    }
    k = valueEnd + 1;
  }
  return false;
}

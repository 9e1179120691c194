import { strFromU8 } from 'fflate';
import { decodeXml } from './xmlText';

/**
 * Runs up to this long (cell values, shared strings, attribute values) are decoded here: a call into the
 * platform's TextDecoder costs microseconds in Chromium, more than decoding a short run by hand.
 */
const BY_HAND = 1024;
/** Code units of the run being decoded, reused: a packed array is what String.fromCharCode.apply is quick with. */
const units: number[] = [];

/** bytes[start, end) decoded from UTF-8, as they stand (CDATA); a malformed run goes to the platform's decoder. */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start > BY_HAND) return strFromU8(bytes.subarray(start, end));
  units.length = 0;
  for (let k = start; k < end;) {
    const b = bytes[k]!;
    if (b < 0x80) {
      units.push(b);
      k++;
      continue;
    }
    // Multi-byte: lead byte, then continuation bytes 10xxxxxx; overlong forms and surrogates are malformed.
    const extra = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? (b <= 0xef ? 2 : -1) : b >= 0xc2 ? 1 : -1;
    if (extra < 0 || k + extra >= end) return strFromU8(bytes.subarray(start, end));
    let code = b & (0x3f >> extra);
    for (let c = 1; c <= extra; c++) {
      const next = bytes[k + c]!;
      if ((next & 0xc0) !== 0x80) return strFromU8(bytes.subarray(start, end));
      code = (code << 6) | (next & 0x3f);
    }
    const least = extra === 1 ? 0x80 : extra === 2 ? 0x800 : 0x10000;
    if (code < least || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      return strFromU8(bytes.subarray(start, end));
    if (code >= 0x10000) units.push(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff));
    else units.push(code);
    k += extra + 1;
  }
  return String.fromCharCode.apply(null, units);
}

/** Character data or an attribute value in bytes[start, end), entities resolved. */
export function textOf(bytes: Uint8Array, start: number, end: number): string {
  return decodeXml(utf8Text(bytes, start, end));
}

/** Whether bytes[start, end) is the ASCII name `name`. */
export function bytesAre(bytes: Uint8Array, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (bytes[start + k] !== name.charCodeAt(k)) return false;
  return true;
}

import { strFromU8 } from 'fflate';
import { decodeXml } from './xmlText';

/** Short runs (cell values, attribute values) are mostly ASCII: building those directly skips the decoder. */
const SHORT = 64;

/** bytes[start, end) decoded from UTF-8, as they stand (CDATA). */
export function utf8Text(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let ascii = true;
    for (let k = start; k < end && ascii; k++) ascii = bytes[k]! < 0x80;
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return strFromU8(bytes.subarray(start, end));
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

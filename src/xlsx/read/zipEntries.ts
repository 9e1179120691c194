import { strFromU8 } from 'fflate';

/** A file in a zip, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated (all an .xlsx uses). */
  readonly method: number;
  /** Where its compressed data lies in the zip's bytes. */
  readonly start: number;
  readonly end: number;
  readonly size: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64 = 0xffffffff;

const u16 = (b: Uint8Array, at: number): number => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/**
 * The files of a zip by name, read from its central directory without inflating any, so each part can be
 * inflated when it is wanted, a slice at a time. Null when the zip is damaged or cut short, or when it uses
 * Zip64 sizes (some writers do even for small files): the caller then falls back to fflate's unzipSync.
 */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | null {
  // The end record is the last 22 bytes, or earlier by the length of a comment (at most 65,535 bytes).
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--)
    if (u32(bytes, at) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) return null;
  const count = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return null;
    const method = u16(bytes, at + 10);
    const compressed = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const local = u32(bytes, at + 42);
    if (compressed === ZIP64 || size === ZIP64 || local === ZIP64) return null;
    // Names are UTF-8 when flag bit 11 says so, else code page 437, read as Latin-1 as fflate does.
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (u16(bytes, at + 8) & 0x800) === 0);
    if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) return null;
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    if (start + compressed > bytes.length) return null;
    entries.set(name, { name, method, start, end: start + compressed, size });
    at += 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return entries;
}

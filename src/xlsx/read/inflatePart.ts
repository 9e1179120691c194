import { Inflate } from 'fflate';
import type { ZipEntry } from './zipEntries';

/** Compressed bytes inflated between yields (~5 MB of XML out): fflate's streaming costs twice its one-shot inflate at 128 KB a push, the same at 1 MB. */
const SLICE = 1024 * 1024;

/**
 * A zip entry's bytes, inflated a slice at a time straight into one buffer of the size the zip gives, so
 * a 100 MB worksheet never sits in memory twice. Yields the compressed bytes just read. Throws on a
 * deflate stream that is damaged, or that gives more or fewer bytes than the zip says (the caller words it).
 */
export function* inflatePart(zip: Uint8Array, entry: ZipEntry): Generator<number, Uint8Array, void> {
  const data = zip.subarray(entry.start, entry.end);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new Error(`${entry.name}: stored size differs`);
    return data.slice();
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method}`);
  const out = new Uint8Array(entry.size);
  let length = 0;
  const inflate = new Inflate((chunk) => {
    if (length + chunk.length > out.length) throw new Error(`${entry.name}: longer than the zip says`);
    out.set(chunk, length);
    length += chunk.length;
  });
  for (let at = 0; at < data.length || at === 0; at += SLICE) {
    const end = Math.min(at + SLICE, data.length);
    inflate.push(data.subarray(at, end), end === data.length);
    yield end - at;
  }
  if (length !== out.length) throw new Error(`${entry.name}: shorter than the zip says`);
  return out;
}

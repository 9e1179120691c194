import { nextTask } from './nextTask';

/** Parts smaller than this are left to fflate: starting a stream costs more than it saves. */
const NATIVE_FROM_BYTES = 1 << 20;
/**
 * Compressed bytes written at a time, a task apart: Chromium inflates each write at once on the page's
 * thread and hands the output over in microtasks, so one big write would hold the page to the end.
 */
const PIECE = 256 * 1024;

/**
 * Raw deflate data inflated by the platform's own DecompressionStream (native zlib: in Chromium several
 * times fflate's speed, and off the page's critical path as it goes in chunks). Null when the platform has
 * none, does not know 'deflate-raw' (Safari before 16.4), the part is small, or the data does not inflate
 * to exactly `size` bytes: the caller then inflates it with fflate, which words any error.
 */
export async function inflateNative(data: Uint8Array, size: number): Promise<Uint8Array | null> {
  if (size < NATIVE_FROM_BYTES || typeof DecompressionStream !== 'function') return null;
  let stream: DecompressionStream;
  try {
    stream = new DecompressionStream('deflate-raw');
  } catch {
    return null;
  }
  const writer = stream.writable.getWriter();
  // Written while it is read: awaiting the writes first would wait on a reader that is not reading yet.
  const writing = (async () => {
    for (let at = 0; at < data.length; at += PIECE) {
      // A copy: the stream wants a buffer of its own.
      await writer.write(data.slice(at, at + PIECE));
      await nextTask();
    }
    await writer.close();
  })().catch(() => undefined);
  const reader = stream.readable.getReader();
  const out = new Uint8Array(size);
  let length = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (length + value.length > size) throw new Error('longer than the zip says');
      out.set(value, length);
      length += value.length;
    }
  } catch {
    await reader.cancel().catch(() => undefined);
    return null;
  }
  await writing;
  return length === size ? out : null;
}

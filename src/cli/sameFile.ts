import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';

/** Same file, even under another name (a link, ./x vs x): the device and inode say so. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { UsageProblem } from './UsageProblem';
import { writeFindingsCopy } from './writeFindingsCopy';

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

/**
 * Before any work: no workbook named twice (its cases would all be "conflicts" with themselves), and --out
 * a new file in a folder we may write to, never one of the workbooks read: the copy is written whole, so
 * writing over an input would replace what its auditors typed.
 */
export async function checkMergeTarget(workbooks: readonly string[], out: string | null): Promise<void> {
  for (const [i, a] of workbooks.entries())
    for (const b of workbooks.slice(i + 1))
      if (await sameFile(a, b))
        throw new UsageProblem(`${a} and ${b} are the same workbook. Name each workbook once.`);
  if (out === null) return;
  for (const input of workbooks)
    if (await sameFile(input, out))
      throw new UsageProblem(
        `--out ${out} is ${input}, one of the workbooks being merged. Name a new file for the combined workbook, e.g. combined-${basename(workbooks[0] ?? input)}; the workbooks read are never changed.`,
      );
  await writeFindingsCopy.checkTarget(workbooks[0]!, out);
}

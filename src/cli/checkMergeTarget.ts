import { basename } from 'node:path';
import { sameFile } from './sameFile';
import { UsageProblem } from './UsageProblem';
import { writeFindingsCopy } from './writeFindingsCopy';

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

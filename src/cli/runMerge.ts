import { createCodec } from '../core/codec/createCodec';
import type { CliIo } from './CliIo';
import { checkMergeTarget } from './checkMergeTarget';
import { combineAudits } from './combineAudits';
import { ExitCode } from './ExitCode';
import { mergeJson } from './mergeJson';
import { mergeText } from './mergeText';
import type { MergeCommand } from './parseCliArgs';
import { placeAuditRows } from './placeAuditRows';
import { readMergeSource, type MergeSource } from './readMergeSource';
import { writeMergedCopy } from './writeMergedCopy';
import { refreshedAt } from './writeFindingsCopy';

/**
 * `case-audit merge`: read every workbook, fold the later ones into the first, then print what changes and,
 * with --out, write the combined copy. Every check runs before anything is written, so a refusal leaves no file.
 */
export async function runMerge(command: MergeCommand, io: CliIo, now: Date): Promise<ExitCode> {
  await checkMergeTarget(command.workbooks, command.out);
  const sources: MergeSource[] = [];
  for (const file of command.workbooks) sources.push(await readMergeSource(file));
  const [base, ...others] = sources;
  const plan = combineAudits(base!, others);
  const placement = placeAuditRows(plan);
  const merge = mergeJson(plan, placement, command.out);
  if (command.out !== null) {
    await writeMergedCopy(
      plan,
      placement,
      createCodec(plan.base.questionSet),
      merge,
      command.out,
      refreshedAt(now),
    );
    io.err(`Wrote the combined workbook to ${command.out} (${command.workbooks.join(', ')} unchanged).\n`);
  }
  io.out(command.json ? `${JSON.stringify(merge, null, 2)}\n` : mergeText(merge));
  return ExitCode.ok;
}

import { rename, unlink, writeFile } from 'node:fs/promises';
import type { Codec } from '../core/codec/createCodec';
import { applyAuditChanges } from './applyAuditChanges';
import type { MergePlan } from './combineAudits';
import type { MergeJson } from './mergeJson';
import { mergeLogName, mergeLogSheet } from './mergeLogSheet';
import type { AuditPlacement } from './placeAuditRows';
import { WorkbookProblem } from './WorkbookProblem';
import { writeReportSheet } from './writeReportSheet';

/**
 * The combined workbook: the base as exceljs read it (its other sheets, formats and dropdowns kept as far as
 * exceljs can), the merge written into its Audit sheet and a Merge log sheet added. Written to a temporary
 * file and renamed, so a failed write never leaves half a workbook behind; the inputs are only ever read.
 */
export async function writeMergedCopy(
  plan: MergePlan,
  placement: AuditPlacement,
  codec: Codec,
  merge: MergeJson,
  out: string,
  mergedAt: string,
): Promise<void> {
  const { workbook } = plan.base;
  applyAuditChanges(plan, codec, placement);
  const name = mergeLogName(workbook.worksheets.map((w) => w.name));
  writeReportSheet(workbook, mergeLogSheet(merge, name, mergedAt, plan.base.questionSet), 0);
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, new Uint8Array(await workbook.xlsx.writeBuffer()));
    await rename(temporary, out);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw new WorkbookProblem(
      `The combined workbook could not be written to ${out}: ${why}. Check the disk has space and the file is not open in Excel.`,
    );
  }
}

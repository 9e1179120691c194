import type ExcelJS from 'exceljs';
import { constants } from 'node:fs';
import { access, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Findings } from '../core/findings/Findings';
import type { EscalationRow } from '../core/report/EscalationRow';
import type { PlanningRecords } from '../core/report/PlanningRecords';
import { percentFormat } from '../core/report/percentCell';
import { findingsReport } from '../core/report/findingsReport';
import { addCharts } from './addCharts';
import { sameFile } from './sameFile';
import { UsageProblem } from './UsageProblem';
import { WorkbookProblem } from './WorkbookProblem';
import { writeReportSheet } from './writeReportSheet';

const pad = (n: number): string => String(n).padStart(2, '0');

/** The reader's local time, as the add-in stamps Last saved. */
export function refreshedAt(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/**
 * Before any work: --out must name a new file in a folder we may write to, and never the workbook itself (the
 * copy is written whole, so writing over the original would replace what the auditors typed).
 */
async function checkTarget(input: string, out: string): Promise<void> {
  if (await sameFile(input, out))
    throw new UsageProblem(
      `--out ${out} is the workbook being read. Name a new file for the copy, e.g. findings-${basename(input)}.`,
    );
  const folder = dirname(resolve(out));
  try {
    const existing = await stat(out).catch(() => null);
    if (existing?.isDirectory())
      throw new WorkbookProblem(
        `--out ${out} is a folder. Name the .xlsx file to write, e.g. ${out}/findings.xlsx.`,
      );
    await access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof WorkbookProblem) throw error;
    const code = (error as { code?: unknown }).code;
    throw new WorkbookProblem(
      code === 'ENOENT'
        ? `--out ${out}: the folder ${folder} does not exist. Create it or name another folder.`
        : `--out ${out}: you do not have permission to write in ${folder}. Name a folder you can write to.`,
    );
  }
}

/**
 * Writes the findings into a copy of the workbook: the Findings and Data quality sheets from the shared
 * layout (the same the add-in writes), replacing those of an earlier refresh; every other sheet is kept as
 * read. Written to a temporary file and renamed, so a failed write never leaves half a workbook behind.
 */
export async function writeFindingsCopy(
  workbook: ExcelJS.Workbook,
  findings: Findings,
  out: string,
  now: Date,
  escalations?: readonly EscalationRow[],
  planning?: PlanningRecords,
): Promise<void> {
  const sheets = findingsReport(findings, {
    audience: 'team',
    refreshedAt: refreshedAt(now),
    ...(escalations === undefined ? {} : { escalations }),
    ...(planning === undefined ? {} : { planning }),
  });
  for (const sheet of sheets) {
    const old = workbook.worksheets.find((w) => w.name.toLowerCase() === sheet.name.toLowerCase());
    if (old !== undefined) workbook.removeWorksheet(old.id);
  }
  for (const sheet of sheets) writeReportSheet(workbook, sheet, findings.settings.decimals);
  const temporary = `${out}.${process.pid}.tmp`;
  try {
    const written = new Uint8Array(await workbook.xlsx.writeBuffer());
    await writeFile(temporary, addCharts(written, sheets, percentFormat(findings.settings.decimals)));
    await rename(temporary, out);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw new WorkbookProblem(
      `The copy could not be written to ${out}: ${why}. Check the disk has space and the file is not open in Excel.`,
    );
  }
}

writeFindingsCopy.checkTarget = checkTarget;

import type ExcelJS from 'exceljs';
import type { AuditSnapshot } from '../core/merge/mergeAudits';
import type { QuestionSet } from '../core/questions/QuestionSet';
import { caseKey } from '../core/sampling/caseKey';
import { cellAddress } from '../core/sheets/cellAddress';
import { findColumn } from '../excel/headerRow';
import { caseIdText } from '../excel/locateCase';
import { readAuditSnapshot } from '../excel/planning/readAuditSnapshot';
import { qualifiedAddress } from '../excel/qualifiedAddress';
import { CASE_ID } from '../excel/workbookFormat';
import { findAuditRows, type DataRows } from './findAuditRows';
import { loadXlsx } from './loadXlsx';
import { readSheetData } from './readSheetData';
import { WorkbookProblem } from './WorkbookProblem';

/** One workbook named on `case-audit merge`, read as the pane's import reads a chosen file. */
export interface MergeSource {
  /** The file name as typed: what every message and the Merge log call it. */
  readonly file: string;
  readonly workbook: ExcelJS.Workbook;
  readonly snapshot: AuditSnapshot;
  readonly questionSet: QuestionSet;
  /** Where the Audit rows sit in the file, for writing into the base and naming cells. */
  readonly audit: DataRows;
  /** The worksheet row of each case, by caseKey. */
  readonly rowOf: ReadonlyMap<string, number>;
}

/**
 * Loads a workbook and reads its Audit rows with the same reader as the pane's import (readAuditSnapshot), so
 * the command line and the pane decode answers identically. Any problem stops the merge, naming the file.
 */
export async function readMergeSource(file: string): Promise<MergeSource> {
  const workbook = await loadXlsx(file);
  const read = readAuditSnapshot(
    file,
    workbook.worksheets.map((ws) => readSheetData(ws)),
  );
  if (read.kind === 'refused') throw new WorkbookProblem(read.problems);
  const audit = findAuditRows(workbook);
  const idAt = findColumn(audit.header, CASE_ID);
  const rowOf = new Map<string, number>();
  for (const { row, cells } of audit.rows) {
    const key = caseKey(caseIdText(cells[idAt]));
    if (key !== '' && !rowOf.has(key)) rowOf.set(key, row);
  }
  return { file, workbook, snapshot: read.snapshot, questionSet: read.questionSet, audit, rowOf };
}

/** A case's cell in a column of the source's Audit sheet, e.g. "Audit!H7"; '' when it has no such row or column. */
export function cellOf(source: MergeSource, caseId: string, column: string): string {
  const row = source.rowOf.get(caseKey(caseId));
  const at = findColumn(source.audit.header, column);
  if (row === undefined || at < 0) return '';
  return qualifiedAddress(source.audit.sheet, cellAddress(row, source.audit.firstColumn + at));
}

import type { CaseStatus, SaveResult } from '../core/cases/CaseStore';
import type { CellValue } from '../core/sheets/SheetData';
import { statusOf, textOf, versionOf } from './caseCells';
import type { ExcelHost } from './ExcelHost';
import { failure } from './failure';
import { findCaseRow } from './findCaseRow';
import { serialFromLocalTime, textFromSerial } from './savedAt';
import { verifyRow } from './verifyRow';
import { bookkeeping, writeRowCells } from './writeRowCells';
import { SAVED_BY, STATUS, VERSION } from './workbookFormat';

/**
 * Sets a case's Status (two round trips; three for a case past findCaseRow's DECISION_ROWS). "Complete" is decided by the pane from the answers it read at
 * `baseVersion`; if a co-author has saved since, those checks are stale, so this returns a conflict
 * (theirs = the current status) and the pane reopens the case before trying again.
 */
export async function setCaseStatus(
  host: ExcelHost,
  caseId: string,
  status: CaseStatus,
  auditor: string,
  baseVersion: number,
  now: () => Date,
): Promise<SaveResult> {
  try {
    return await host.run(async (context) => {
      const { read, index, cells } = await findCaseRow(context, caseId, [STATUS, SAVED_BY, VERSION]);
      const at = (name: string): CellValue => cells.get(name) ?? null;
      const version = versionOf(at(VERSION));
      if (version !== baseVersion) {
        return { kind: 'conflict', theirs: statusOf(at(STATUS)), version, savedBy: textOf(at(SAVED_BY)) };
      }
      const serial = serialFromLocalTime(now());
      writeRowCells(context, read.frame, index, bookkeeping(serial, auditor, version + 1, status));
      await verifyRow(context, read.frame, index, caseId);
      return { kind: 'saved', version: version + 1, savedAt: textFromSerial(serial) };
    });
  } catch (error) {
    return failure(error);
  }
}

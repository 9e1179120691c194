import type { RowUpdate } from '../../core/merge/mergeAudits';
import { AUDITOR, STATUS, VERSION } from '../workbookFormat';
import { newRowsWritten, type DrawnRow } from './appendAuditRows';

/**
 * Every Audit column an import's write trip writes, for `requireColumns` to look up before the first write
 * and `columnsChanged` to name: the new rows' (`columns`, with the Case ID and Version queueAuditRows
 * writes, and Auditor when a row has one) and those of the filled rows.
 */
export function writtenColumns(
  rows: readonly DrawnRow[],
  columns: readonly string[],
  updates: readonly RowUpdate[],
): Set<string> {
  const names = new Set(rows.length === 0 ? [] : [...newRowsWritten(rows), ...columns]);
  for (const u of updates) {
    for (const name of u.fill.keys()) names.add(name);
    if (u.auditor !== undefined) names.add(AUDITOR);
    if (u.status !== undefined) names.add(STATUS);
    names.add(VERSION);
  }
  return names;
}

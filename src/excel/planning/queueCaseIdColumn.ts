import type { CellValue } from '../../core/sheets/SheetData';
import type { CaseIdColumn } from '../caseIdsAddedTwice';
import { findColumn } from '../headerRow';
import { readCaseColumns } from '../readCaseColumns';
import { CASE_ID, SHEETS } from '../workbookFormat';

/**
 * Queues a read-back of the Audit table's Case ID column in the caller's batch when it adds no rows
 * (queueCaseIdCheck needs the new block): an import that only fills existing rows still has to see, in
 * its write trip, which case each written row holds. `inline` false, or a response Excel refused, reads
 * the column after, in chunks (more round trips, only on the largest tables).
 */
export function queueCaseIdColumn(
  context: Excel.RequestContext,
  inline: boolean,
): (refused: boolean) => Promise<CaseIdColumn> {
  const body = inline
    ? context.workbook.tables
        .getItem(SHEETS.audit)
        .columns.getItem(CASE_ID)
        .getDataBodyRange()
        .load('values,rowIndex,columnIndex')
    : null;
  return async (refused) => {
    if (body !== null && !refused)
      return {
        ids: body.values as CellValue[][],
        firstRow: body.rowIndex,
        column: body.columnIndex,
        batch: null,
      };
    const read = await readCaseColumns(context, { names: [CASE_ID] });
    return {
      ids: read.columns.get(CASE_ID)!,
      firstRow: read.frame.headerRow + 1,
      column: read.frame.firstColumn + findColumn(read.frame.header, CASE_ID),
      batch: null,
    };
  };
}

import type { AuditFrame } from '../AuditFrame';
import { SHEETS } from '../workbookFormat';

/**
 * The cells of one Audit column in the last `count` rows of the table: rows just added there in the same
 * batch. Addressed through the table column by its header, which Excel resolves when the batch runs, so a
 * column a co-author moved since our read still gets its own values (by position they would land in another
 * column, maybe another question's). `count` ≥ 1.
 */
export function newRowsColumn(
  context: Excel.RequestContext,
  frame: AuditFrame,
  count: number,
  name: string,
): Excel.Range {
  return context.workbook.tables
    .getItem(SHEETS.audit)
    .columns.getItem(frame.headerOf(name))
    .getDataBodyRange()
    .getLastRow()
    .getOffsetRange(-(count - 1), 0)
    .getResizedRange(count - 1, 0);
}

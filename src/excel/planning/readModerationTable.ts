import type { CellValue } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import { headerNames } from '../headerRow';
import { isItemNotFound } from '../readAuditColumns';
import type { LogTable } from './logTable';
import { PLANNING_SHEETS, tableNameOf } from './planningFormat';

export const MODERATION_TABLE = tableNameOf(PLANNING_SHEETS.moderation);

/**
 * Reads the whole Moderation table in one round trip. It holds one row per re-audited case (a share of the
 * completed ones), so reading it all costs less than a second trip to find one row. Null when there is
 * no such table yet (nothing has been drawn for moderation).
 */
export async function readModerationTable(context: Excel.RequestContext): Promise<LogTable | null> {
  const table = context.workbook.tables.getItem(MODERATION_TABLE);
  const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
  const body = table.getDataBodyRange().load('values');
  const worksheet = table.worksheet.load('name');
  try {
    await context.sync();
  } catch (error) {
    if (isItemNotFound(error)) return null;
    throw error;
  }
  return {
    kind: 'table',
    table: MODERATION_TABLE,
    sheet: worksheet.name,
    header: headerNames(header.values[0] as CellValue[]),
    rows: body.values as CellValue[][],
    headerRow: header.rowIndex,
    firstColumn: header.columnIndex,
  };
}

/** The table, or a message saying how to get one, for operations on a case that must be in it. */
export async function requireModerationTable(context: Excel.RequestContext): Promise<LogTable> {
  const log = await readModerationTable(context);
  if (log !== null) return log;
  throw workbookError(
    PLANNING_SHEETS.moderation,
    '',
    `There is no ${MODERATION_TABLE} table: the audit lead draws the cases to re-audit on the Planning tab (Moderation), then they can be opened here.`,
  );
}

import type { CellValue } from '../core/sheets/SheetData';
import { type CaseIdColumn } from './caseIdsAddedTwice';
import { findColumn, headerNames } from './headerRow';
import { readCaseColumns } from './readCaseColumns';
import { CASE_ID, SHEETS } from './workbookFormat';

/**
 * Queues, after a batch's writes and in the same round trip, a read-back of the whole Case ID column and of
 * where the batch's rows landed. Excel offers no conditional write, so this is the earliest moment to see a
 * co-author's row with one of our IDs. `inline` false (a column too long to come back with the batch, past
 * ~4 MB) reads it afterwards in chunks instead: more round trips, only on the largest tables.
 * Returns the function that gives the column once the batch was synced; `refused` says Excel refused the
 * batch's response as too large (its writes stand), so the column is read in chunks and where the rows
 * landed is not known. `block` null: the batch adds no rows (an import that only fills existing ones still
 * has to see, in its write trip, which case each written row holds), so there is no landing to report.
 * `withHeader` reads the header row back too, for a caller that names cells by column (an import's
 * conflicts): a co-author may have inserted, moved or deleted columns since its first read.
 */
export function queueCaseIdCheck(
  context: Excel.RequestContext,
  block: Excel.Range | null,
  count: number,
  inline: boolean,
  withHeader = false,
): (refused: boolean) => Promise<CaseIdColumn> {
  const where = block === null ? null : block.load('rowIndex');
  const table = inline ? context.workbook.tables.getItem(SHEETS.audit) : null;
  const body = table?.columns.getItem(CASE_ID).getDataBodyRange().load('values,rowIndex,columnIndex') ?? null;
  const header = withHeader ? (table?.getHeaderRowRange().load('values,columnIndex') ?? null) : null;
  return async (refused) => {
    if (body !== null && !refused)
      return {
        ids: body.values as CellValue[][],
        firstRow: body.rowIndex,
        column: body.columnIndex,
        batch: where === null ? null : { first: where.rowIndex - body.rowIndex, count },
        ...(header === null
          ? {}
          : {
              header: {
                names: headerNames(header.values[0] as CellValue[]),
                firstColumn: header.columnIndex,
              },
            }),
      };
    const read = await readCaseColumns(context, { names: [CASE_ID] });
    const firstRow = read.frame.headerRow + 1;
    return {
      ids: read.columns.get(CASE_ID)!,
      firstRow,
      column: read.frame.firstColumn + findColumn(read.frame.header, CASE_ID),
      batch: refused || where === null ? null : { first: where.rowIndex - firstRow, count },
      // Read after the batch, so as current as the inline header would have been.
      ...(withHeader ? { header: { names: read.frame.header, firstColumn: read.frame.firstColumn } } : {}),
    };
  };
}

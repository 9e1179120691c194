import type { Problem } from '../../core/sampling/Problem';
import type { CellValue } from '../../core/sheets/SheetData';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { AuditFrame } from '../AuditFrame';
import { findColumn, headerNames } from '../headerRow';
import { isItemNotFound } from '../readAuditColumns';
import { SHEETS } from '../workbookFormat';
import { inWords } from '../../core/sheets/inWords';

/** How a co-author changed the Audit table's columns under a write trip that then failed. */
export interface ColumnsChange {
  /** In words: "the Status column is no longer there (…)", "a column was inserted or deleted (…)". */
  readonly what: string;
  /** The first cell of the table's header row (e.g. "A2"), for the problem to link to. */
  readonly cell: string;
}

/**
 * Why a write trip that adds or fills Audit rows failed, when it was a co-author changing the Audit table's
 * columns since the caller read them (`frame`): what changed, or undefined to let the error through as it is.
 * Such a trip begins by looking up every column it writes (`requireColumns`) and then adds rows as wide as
 * the table was (`queueAuditRows`); one of the columns gone, or the width changed with rows to add, fails one
 * of those, before any write, so nothing was written and trying again is safe. The header row is read again
 * to tell (one more trip, only after a failure): a failure there is InvalidArgument (rows.add) or
 * ItemNotFound (a column), and it is the columns only if the header shows such a change. Any other failure
 * may have come after writes, so it is not called "nothing written".
 * `written` are the columns the trip writes; `adding` whether it adds rows; `reader` who read the table
 * ("the import": "… 31 when the import read it").
 */
export async function columnsChange(
  context: Excel.RequestContext,
  frame: AuditFrame,
  written: Iterable<string>,
  adding: boolean,
  reader: string,
  error: unknown,
): Promise<ColumnsChange | undefined> {
  const code = (error as { code?: unknown } | null)?.code;
  if (!isItemNotFound(error) && code !== 'InvalidArgument') return undefined;
  let now: string[];
  try {
    const header = context.workbook.tables.getItem(SHEETS.audit).getHeaderRowRange().load('values');
    await context.sync();
    now = headerNames(header.values[0] as CellValue[]);
  } catch {
    return undefined;
  }
  const gone = [...new Set(written)]
    .filter((n) => frame.has(n) && findColumn(now, n) < 0)
    .map((n) => frame.headerOf(n));
  const widened = adding && now.length !== frame.header.length;
  if (gone.length === 0 && !widened) return undefined;
  const one = gone.length === 1;
  const what = [
    ...(gone.length === 0
      ? []
      : [
          `the ${inWords(gone)} ${one ? 'column is' : 'columns are'} no longer there (deleted, or ${one ? 'its header' : 'their headers'} changed)`,
        ]),
    ...(widened
      ? [
          `a column was inserted or deleted (it has ${now.length} columns, ${frame.header.length} when ${reader} read it)`,
        ]
      : []),
  ].join(', and ');
  return { what, cell: cellAddress(frame.headerRow + 1, frame.firstColumn + 1) };
}

/** What to do about a change of columns, in a draw's or an adding's message, before what to try again. */
export function checkHeaderRow(frame: AuditFrame): string {
  return `Check the ${frame.sheet} header row, row ${frame.headerRow + 1} (put back a column deleted by mistake)`;
}

/**
 * Why an import's write trip failed, when it was a co-author changing the Audit table's columns since the
 * import read them (see columnsChange): the refusal to return, or undefined to let the error through.
 */
export async function columnsChanged(
  context: Excel.RequestContext,
  frame: AuditFrame,
  written: Iterable<string>,
  adding: boolean,
  label: string,
  error: unknown,
): Promise<Problem | undefined> {
  const change = await columnsChange(context, frame, written, adding, 'the import', error);
  if (change === undefined) return undefined;
  return {
    sheet: frame.sheet,
    cell: change.cell,
    message: `Nothing was written, because someone changed the columns of the ${frame.sheet} table while the import ran: ${change.what}. Check its header row (put back a column deleted by mistake), then import ${label} again: the import reads the table afresh.`,
  };
}

import type { Problem } from '../../core/sampling/Problem';
import { isItemNotFound } from '../readAuditColumns';

/**
 * What to tell the lead when the Merge log could not be amended with what the import's read-back found.
 * The rows were written by then, so this is not a failed import: the pane's lists are now the only record
 * of what co-authors changed, and they go when the pane closes, so the lead is asked to copy them over.
 * The sheet is linked only when it is still there: ItemNotFound means it was deleted or renamed.
 * `partly`: an earlier batch of the amendment was written (a log with very many conflicts moved).
 */
export function logNotAmended(log: string, error: unknown, partly: boolean): Problem {
  const gone = isItemNotFound(error);
  const detail = error instanceof Error ? error.message : String(error);
  const reason = gone
    ? `the ${log} sheet was no longer there (someone deleted or renamed it after the import wrote it)`
    : `Excel did not finish the request (${detail || 'no reason given'})${partly ? ' after writing part of it' : ''}`;
  const where = gone ? `the ${log} sheet (or a new sheet if it was deleted)` : `the ${log} sheet`;
  const message = `The import's rows were written, but the ${log} sheet could not be amended with what others changed while the import ran: ${reason}. So its Cases filled in count, its conflicts' Cell here and its list of what others changed may not say what happened. Note the cases listed here in ${where} by hand, as each message says, before you close the pane: nothing else keeps this list.`;
  return gone ? { message } : { sheet: log, cell: 'A1', message };
}

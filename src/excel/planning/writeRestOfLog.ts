import type { Problem } from '../../core/sampling/Problem';
import type { LogWrites } from './mergeLogWrites';

/**
 * Writes the part of an import's Merge log that did not ride in its write trip (a log of tens of thousands
 * of conflicts), a round trip per batch. The import's rows were written in that trip, so a failure here (a
 * co-author's import taking the sheet's name meanwhile, the sheet deleted or protected between batches,
 * Excel refusing a request) is not a failed import: it comes back as the problem to show beside the merged
 * result, as a failed amendment does (`logNotAmended`). The sheet is then missing or incomplete, so the
 * caller neither amends it nor names it as the record; the problem links it only when it is there (one
 * more trip, after a failure only).
 */
export async function writeRestOfLog(
  context: Excel.RequestContext,
  log: string,
  after: LogWrites['after'],
): Promise<Problem | undefined> {
  for (const [i, batch] of after.entries()) {
    batch(context);
    try {
      // Only a log past the shared budget gets here: one trip per batch under the request limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      return logIncomplete(context, log, error, i > 0);
    }
  }
  return undefined;
}

async function logIncomplete(
  context: Excel.RequestContext,
  log: string,
  error: unknown,
  partly: boolean,
): Promise<Problem> {
  let there = false;
  try {
    const sheet = context.workbook.worksheets.getItemOrNullObject(log).load('name');
    await context.sync();
    there = !sheet.isNullObject;
  } catch {
    // Not knowing, the problem does not link a sheet that may not be there.
  }
  const detail = error instanceof Error ? error.message : String(error);
  const reason = `Excel did not finish the request (${detail || 'no reason given'})${partly ? ' after writing part of it' : ''}`;
  // A sheet of that name may hold part of this log, or be another import's that took the name meanwhile.
  const state = there
    ? `the ${log} sheet may lack part of this import's record (its conflicts, or what others changed), or be another import's that took its name meanwhile`
    : `there is no ${log} sheet for this import`;
  const message = `The import's rows were written, but its Merge log could not be written in full: ${reason}. So ${state}. The conflicts and any other cases listed here are the whole record: note them in ${there ? `the ${log} sheet` : 'a new sheet'} by hand before you close the pane, since nothing else keeps this list.`;
  return there ? { sheet: log, cell: 'A1', message } : { message };
}

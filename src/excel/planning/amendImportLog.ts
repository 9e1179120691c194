import type { MergeLogChange } from '../../core/report/MergeLog';
import { mergeLogSheet } from '../../core/report/mergeLogSheet';
import type { ReportSheet } from '../../core/report/ReportSheet';
import type { Problem } from '../../core/sampling/Problem';
import type { AddedTwice } from '../caseIdsAddedTwice';
import { qualifiedAddress } from '../qualifiedAddress';
import type { ConflictsNow } from './conflictsWhereNow';
import type { MovedRow } from './filledRowsMoved';
import { importMergeLog, type ImportLogInput } from './importMergeLog';
import { logNotAmended } from './logNotAmended';
import { mergeLogAmendWrites } from './mergeLogAmendWrites';

/** What the import's read-back of the Case ID column found, with the problems the pane shows for it. */
export interface ReadBackFound {
  readonly twice: readonly AddedTwice[];
  readonly inTwoRows: readonly Problem[];
  readonly moved: readonly MovedRow[];
  readonly movedRows: readonly Problem[];
  readonly conflicts: ConflictsNow;
}

/** A problem the pane shows, as the Merge log's section of what co-authors changed records it. */
function logChange(caseId: string, problem: Problem): MergeLogChange {
  const { sheet, cell } = problem;
  return {
    caseId,
    cell: sheet === undefined || cell === undefined ? '' : qualifiedAddress(sheet, cell),
    message: problem.message,
  };
}

/**
 * Adds to an import's Merge log what its read-back found. The log is written in the same trip as the
 * Audit rows (so it never stands for rows that were not written), which is before anyone can know what a
 * co-author did meanwhile; the pane says it, but the log is what outlives the pane. So when the read-back
 * found something (cases in two rows, filled rows that held another case, conflicts whose case or column
 * moved or went), the log is laid out again with it and the difference written: one more round trip, and
 * none at all in the usual case. `written` is the sheet as the import wrote it from `input`.
 * The import's rows stand whatever happens here, so a failure (the log sheet deleted or renamed between
 * the trips, Excel refusing the request) is not thrown as if the import had failed: it comes back as the
 * problem to show beside the result, so the lead can complete the record by hand.
 */
export async function amendImportLog(
  context: Excel.RequestContext,
  written: ReportSheet,
  input: ImportLogInput,
  found: ReadBackFound,
): Promise<Problem | undefined> {
  const { conflicts } = found;
  const changed = [
    ...found.twice.map((t, i) => logChange(t.caseId, found.inTwoRows[i]!)),
    ...found.moved.map((m, i) => ({ ...logChange(m.caseId, found.movedRows[i]!), moved: true })),
    ...conflicts.goneChanges,
  ];
  if (changed.length === 0 && !conflicts.changed) return undefined;
  const amended = mergeLogSheet(
    importMergeLog({ ...input, conflicts: conflicts.conflicts, changed }),
    written.name,
  );
  const batches = mergeLogAmendWrites(written, amended);
  for (const [i, batch] of batches.entries()) {
    batch(context);
    try {
      // One trip, unless so many conflicts moved that their rows pass the request limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      return logNotAmended(written.name, error, i > 0);
    }
  }
  return undefined;
}

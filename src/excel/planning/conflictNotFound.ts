import type { MergeConflict } from '../../core/merge/mergeAudits';
import type { MergeLogChange } from '../../core/report/MergeLog';
import { inWords } from '../../core/sheets/inWords';

/** Why a conflict has no cell: its case's row or its question's column was gone by the import's read-back. */
export type NotFound = NonNullable<MergeConflict['notFound']>;

/**
 * The sentence a conflict without a cell ends with (the pane and the log say it): who could have done what,
 * so the lead knows where to look rather than being pointed at a cell that now holds something else.
 * `questions` are the conflicts' question names, for a column gone.
 */
export function conflictNotFound(
  sheet: string,
  notFound: NotFound,
  caseId: string,
  questions: readonly string[],
): string {
  if (notFound === 'case')
    return `Case ${caseId} is no longer in the ${sheet} sheet: someone deleted its row or changed its Case ID while the import ran, so there is no cell to go to.`;
  const one = questions.length === 1;
  return `The ${inWords(questions)} ${one ? 'column is' : 'columns are'} no longer in the ${sheet} sheet: someone deleted ${one ? 'it or changed its header' : 'them or changed their headers'} while the import ran, so there is no cell to go to.`;
}

/**
 * One case's conflicts without a cell, for the Merge log's section of what co-authors changed: why, and
 * what to do, since its conflicts above say only Not found. `questions` are those conflicts' questions.
 */
export function notFoundChange(
  sheet: string,
  label: string,
  notFound: NotFound,
  caseId: string,
  questions: readonly string[],
): MergeLogChange {
  const one = questions.length === 1;
  const its = `${one ? 'conflict' : `${questions.length} conflicts`} with ${label} above ${one ? 'says' : 'say'} Not found under Cell here`;
  const todo =
    notFound === 'case'
      ? `Its ${its}: find out what happened to the case (put its row back if it was deleted by mistake), then compare its answers with ${label} by hand.`
      : `Case ${caseId}'s ${its}: find the ${one ? 'column (put it back if it was deleted by mistake, or look under its new header)' : 'columns (put them back if they were deleted by mistake, or look under their new headers)'}, then compare the case's ${one ? 'answer' : 'answers'} with ${label} by hand.`;
  return { caseId, cell: '', message: `${conflictNotFound(sheet, notFound, caseId, questions)} ${todo}` };
}

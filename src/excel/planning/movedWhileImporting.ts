import type { Problem } from '../../core/sampling/Problem';
import type { MovedRow } from './filledRowsMoved';
import { inWords } from '../../core/sheets/inWords';

/** Columns named in one message; the rest are counted, so a long question set stays readable. */
const SHOWN_COLUMNS = 6;

/**
 * A row the import filled that held another case by then (a co-author sorted, inserted or deleted rows
 * between the import's read and its write): one problem per row, at its Case ID cell, saying which case's
 * cells went where and what to do. The other case's cells were overwritten and ours were not filled, so
 * this is said beside the import's result: only a person can put the other case's answers back.
 * `columns` are the Audit columns written for each case, by the case as imported.
 */
export function movedWhileImporting(
  sheet: string,
  label: string,
  moved: readonly MovedRow[],
  columns: (caseId: string) => readonly string[],
): Problem[] {
  return moved.map((m) => {
    const row = m.cell.replace(/^[A-Z]+/, '');
    const holds = m.found === '' ? 'now has no Case ID' : `now holds "${m.found}"`;
    const cells = listed(columns(m.caseId));
    const back = m.found === '' ? 'what was there before' : `case ${m.found}'s own answers`;
    return {
      sheet,
      cell: m.cell,
      message: `Rows of the ${sheet} sheet moved while importing case ${m.caseId} from ${label} (row ${row} ${holds}). Its ${cells} from ${label} went into row ${row}: check ${cells.startsWith('cells') ? 'them' : 'it'} and put back ${back}, then import ${label} again to fill case ${m.caseId}.`,
    };
  });
}

function listed(columns: readonly string[]): string {
  if (columns.length === 0) return 'Version cell';
  const shown = columns.slice(0, SHOWN_COLUMNS);
  const more = columns.length - shown.length;
  const names = more > 0 ? [...shown, `${more} more`] : shown;
  const text = inWords(names);
  return `${names.length === 1 && more === 0 ? 'cell' : 'cells'} ${text}`;
}

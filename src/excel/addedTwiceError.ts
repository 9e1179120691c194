import { workbookError } from './AuditWorkbookError';
import { type AddedTwice, describeAddedTwice } from './caseIdsAddedTwice';
import type { DrawnRow } from './planning/appendAuditRows';

/** Adding stops at the first batch that left a case in two rows: say where, what was added, what to do. */
export function addedTwiceError(
  sheet: string,
  twice: readonly AddedTwice[],
  rows: readonly DrawnRow[],
  added: number,
): Error {
  const rest = rows.length - added;
  const stopped =
    rest === 0
      ? ''
      : ` Adding stopped there: ${added} of ${rows.length} cases were added (${span(rows.slice(0, added))}) and ${rest} were not (${span(rows.slice(added))}); add those again once this is sorted out.`;
  const first = twice[0]!;
  return workbookError(
    sheet,
    first.ours ?? first.cells[0]!,
    `Someone else added ${twice.length === 1 ? 'a case' : 'cases'} to the ${sheet} sheet while these were being added, so ${twice.length === 1 ? 'one case is' : `${twice.length} cases are`} in two rows. ${describeAddedTwice(sheet, twice)} Agree with your co-authors which row to keep, then delete the other row or give it the right Case ID. Until then the case cannot be opened or saved, so no answer lands in the wrong row.${stopped}`,
  );
}

/** "C-1" or "C-1 to C-9": the cases of a list, for messages. */
export function span(list: readonly DrawnRow[]): string {
  return list.length === 1
    ? list[0]!.caseId.trim()
    : `${list[0]!.caseId.trim()} to ${list[list.length - 1]!.caseId.trim()}`;
}

import type { Problem } from '../../core/sampling/Problem';
import type { AddedTwice } from '../caseIdsAddedTwice';

/**
 * A case an import added that a co-author added too while it ran, now in two rows: one problem per case,
 * at our new row's cell (else the first), naming both cells. The import itself stands (its rows written,
 * its Merge log made), so this is said beside its result rather than as a failure; only a person can tell
 * which row to keep, and until then opening or saving the case is refused.
 */
export function importedTwice(sheet: string, label: string, twice: readonly AddedTwice[]): Problem[] {
  return twice.map((t) => {
    const where = t.cells.map((c) => `${sheet}!${c}`);
    const listed = `${where.slice(0, -1).join(', ')} and ${where.at(-1)}`;
    const mine = t.ours === null ? '' : ` (${sheet}!${t.ours} is the row imported from ${label})`;
    return {
      sheet,
      cell: t.ours ?? t.cells[0]!,
      message: `Case ${t.caseId} is now in ${listed}${mine}: someone else added it while the import ran. Agree with your co-authors which row to keep, then delete the other row or give it the right Case ID. Until then the case cannot be opened or saved, so no answer lands in the wrong row.`,
    };
  });
}

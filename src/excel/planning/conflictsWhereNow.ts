import type { MergeConflict } from '../../core/merge/mergeAudits';
import type { MergeLogChange } from '../../core/report/MergeLog';
import { caseKey } from '../../core/sampling/caseKey';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { AuditFrame } from '../AuditFrame';
import type { CaseIdColumn } from '../caseIdsAddedTwice';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';

/** A conflict as the import first placed it, with its case's data index in the rows it read. */
export interface PlacedConflict {
  readonly conflict: MergeConflict;
  readonly index: number;
}

export interface ConflictsNow {
  /** In the order given: each at its case's row now, or without sheet and cell when the case is gone. */
  readonly conflicts: readonly MergeConflict[];
  /** Did any conflict's cell change (moved or gone)? Then the Merge log's copy needs correcting. */
  readonly changed: boolean;
  /** Cases (by caseKey) no longer in the Audit sheet. */
  readonly gone: ReadonlySet<string>;
  /** One per case gone, for the Merge log's section of what co-authors changed. */
  readonly goneChanges: readonly MergeLogChange[];
}

/**
 * Where each conflict's case is in the Case ID column read back after the import's write. The import
 * placed conflicts by the rows of its first trip; a co-author's sort, insert or delete since leaves that
 * cell in another row, maybe another child's, so a link to it would mislead. A case still in its row
 * stays there (even if it is also elsewhere); one that moved goes to its first row now; one found nowhere
 * (row deleted, Case ID changed) loses its cell, and its message says why rather than point at a stale one.
 */
export function conflictsWhereNow(
  placed: readonly PlacedConflict[],
  column: CaseIdColumn | null,
  frame: AuditFrame,
  label: string,
): ConflictsNow {
  if (column === null)
    return { conflicts: placed.map((p) => p.conflict), changed: false, gone: new Set(), goneChanges: [] };
  const keyAt = (index: number): string => caseKey(caseIdText(column.ids[index]?.[0]));
  let firstRows: Map<string, number> | null = null;
  const rowOf = (key: string, index: number): number | undefined => {
    if (keyAt(index) === key) return index;
    if (firstRows === null) {
      firstRows = new Map();
      for (let i = column.ids.length - 1; i >= 0; i--) firstRows.set(keyAt(i), i);
    }
    return firstRows.get(key);
  };
  const gone = new Map<string, { caseId: string; count: number }>();
  let changed = false;
  const conflicts = placed.map(({ conflict, index }): MergeConflict => {
    const key = caseKey(conflict.caseId);
    const now = rowOf(key, index);
    if (now === undefined) {
      changed = true;
      const entry = gone.get(key) ?? { caseId: conflict.caseId, count: 0 };
      gone.set(key, { ...entry, count: entry.count + 1 });
      const { sheet: _sheet, cell: _cell, ...rest } = conflict;
      return { ...rest, message: `${conflict.message} ${goneSentence(frame.sheet, conflict.caseId)}` };
    }
    const cell = cellAddress(
      column.firstRow + now + 1,
      frame.firstColumn + findColumn(frame.header, conflict.question) + 1,
    );
    if (cell === conflict.cell) return conflict;
    changed = true;
    return { ...conflict, sheet: frame.sheet, cell };
  });
  const goneChanges = [...gone.values()].map(({ caseId, count }) => ({
    caseId,
    cell: '',
    message: `${goneSentence(frame.sheet, caseId)} Its ${count === 1 ? 'conflict' : `${count} conflicts`} with ${label} above ${count === 1 ? 'says' : 'say'} Not found under Cell here: find out what happened to the case (put its row back if it was deleted by mistake), then compare its answers with ${label} by hand.`,
  }));
  return { conflicts, changed, gone: new Set(gone.keys()), goneChanges };
}

function goneSentence(sheet: string, caseId: string): string {
  return `Case ${caseId} is no longer in the ${sheet} sheet: someone deleted its row or changed its Case ID while the import ran, so there is no cell to go to.`;
}

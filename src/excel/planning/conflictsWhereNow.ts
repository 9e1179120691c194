import type { MergeConflict } from '../../core/merge/mergeAudits';
import type { MergeLogChange } from '../../core/report/MergeLog';
import { caseKey } from '../../core/sampling/caseKey';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { AuditFrame } from '../AuditFrame';
import type { CaseIdColumn } from '../caseIdsAddedTwice';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { conflictNotFound, type NotFound, notFoundChange } from './conflictNotFound';

/** A conflict as the import first placed it, with its case's data index in the rows it read. */
export interface PlacedConflict {
  readonly conflict: MergeConflict;
  readonly index: number;
}

export interface ConflictsNow {
  /** In the order given: each at its case's row now, or without sheet and cell (`notFound` says why). */
  readonly conflicts: readonly MergeConflict[];
  /** Did any conflict's cell change (moved or gone)? Then the Merge log's copy needs correcting. */
  readonly changed: boolean;
  /** One per case with conflicts left without a cell, for the Merge log's section of what co-authors changed. */
  readonly goneChanges: readonly MergeLogChange[];
}

/**
 * Where each conflict's cell is by the Case ID column and header row read back after the import's write.
 * The import placed conflicts by the rows and columns of its first trip; a co-author's sort, insert or
 * delete since leaves that cell in another row or column, maybe another child's or another question's, so
 * a link to it would mislead. A case still in its row stays there (even if it is also elsewhere); one that
 * moved goes to its first row now; one found nowhere (row deleted, Case ID changed) loses its cell, as does
 * a conflict whose question's column is gone (deleted, header changed): its message says why rather than
 * point at a stale cell. Without a header read back, columns are taken as the import first read them.
 */
export function conflictsWhereNow(
  placed: readonly PlacedConflict[],
  column: CaseIdColumn | null,
  frame: AuditFrame,
  label: string,
): ConflictsNow {
  if (column === null) return { conflicts: placed.map((p) => p.conflict), changed: false, goneChanges: [] };
  const header = column.header ?? { names: frame.header, firstColumn: frame.firstColumn };
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
  // By case: a case gone takes all its conflicts' cells; a column gone only those on its question.
  const lost = new Map<string, { caseId: string; notFound: NotFound; questions: string[] }>();
  let changed = false;
  const conflicts = placed.map(({ conflict, index }): MergeConflict => {
    const key = caseKey(conflict.caseId);
    const now = rowOf(key, index);
    const at = findColumn(header.names, conflict.question);
    if (now === undefined || at < 0) {
      changed = true;
      const notFound: NotFound = now === undefined ? 'case' : 'column';
      const entry = lost.get(key) ?? { caseId: conflict.caseId, notFound, questions: [] };
      entry.questions.push(conflict.question);
      lost.set(key, entry);
      const { sheet: _sheet, cell: _cell, ...rest } = conflict;
      const why = conflictNotFound(frame.sheet, notFound, conflict.caseId, [conflict.question]);
      return { ...rest, notFound, message: `${conflict.message} ${why}` };
    }
    const cell = cellAddress(column.firstRow + now + 1, header.firstColumn + at + 1);
    if (cell === conflict.cell) return conflict;
    changed = true;
    return { ...conflict, sheet: frame.sheet, cell };
  });
  const goneChanges = [...lost.values()].map(({ caseId, notFound, questions }) =>
    notFoundChange(frame.sheet, label, notFound, caseId, questions),
  );
  return { conflicts, changed, goneChanges };
}

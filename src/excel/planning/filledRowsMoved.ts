import { caseKey } from '../../core/sampling/caseKey';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { CaseIdColumn } from '../caseIdsAddedTwice';
import { caseIdText } from '../locateCase';

/** An existing Audit row a batch wrote to by its position: its data index in the table, and the case meant. */
export interface FilledRow {
  readonly index: number;
  readonly caseId: string;
}

/** A filled row that held another case when the batch ran. */
export interface MovedRow {
  /** The case whose cells we meant to write. */
  readonly caseId: string;
  /** A1 address of the written row's Case ID cell, where the row is now. */
  readonly cell: string;
  /** The Case ID that row holds now; '' when none (e.g. rows were deleted and it is past the table's end). */
  readonly found: string;
}

/**
 * Which filled rows no longer hold their case in the Case ID column read back in the same batch as the
 * writes. Excel offers no conditional write, so a co-author's sort, insert or delete between our read and
 * our write puts our cells in another case's row; this is the earliest moment to see it and say where.
 */
export function filledRowsMoved(column: CaseIdColumn, filled: readonly FilledRow[]): MovedRow[] {
  return filled.flatMap((row) => {
    const found = caseIdText(column.ids[row.index]?.[0]);
    if (caseKey(found) === caseKey(row.caseId)) return [];
    const cell = cellAddress(column.firstRow + row.index + 1, column.column + 1);
    return [{ caseId: row.caseId, cell, found }];
  });
}

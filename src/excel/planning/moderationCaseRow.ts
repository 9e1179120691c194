import type { Codec } from '../../core/codec/createCodec';
import type { CellValue } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import { findColumn } from '../headerRow';
import { locateCase } from '../locateCase';
import { blockAddress } from '../qualifiedAddress';
import { CASE_ID } from '../workbookFormat';
import { logCell, type LogTable } from './logTable';
import { moderatedQuestions } from './moderationTable';

/** A case's row in the Moderation table as read: its cells and where it sits. */
export interface ModerationCaseRow {
  readonly log: LogTable;
  /** 0-based index among the table's body rows. */
  readonly index: number;
  readonly cells: readonly CellValue[];
}

/** Finds the case's row by Case ID; a missing or repeated case is refused, naming the table's cells. */
export function moderationCaseRow(log: LogTable, caseId: string): ModerationCaseRow {
  const at = findColumn(log.header, CASE_ID);
  const where = blockAddress(log.headerRow, log.firstColumn + Math.max(at, 0), 1, 1);
  if (at < 0)
    throw workbookError(
      log.sheet,
      where,
      `The ${log.table} table has no "${CASE_ID}" column: rename its first column back to ${CASE_ID}.`,
    );
  const found = locateCase(
    log.rows.map((r) => [r[at] ?? null]),
    caseId,
  );
  if (found.kind === 'missing')
    throw workbookError(
      log.sheet,
      where,
      `Case ${caseId} is not in the ${log.table} table: only cases the lead drew for moderation are re-audited. Pick another case.`,
    );
  if (found.kind === 'duplicate')
    throw workbookError(
      log.sheet,
      blockAddress(log.headerRow + 1 + found.indexes[1]!, log.firstColumn + at, 1, 1),
      `Case ${caseId} is in the ${log.table} table more than once: delete the repeated row, then try again.`,
    );
  return { log, index: found.index, cells: log.rows[found.index]! };
}

/** A cell's worksheet address (A1) in the case's row, or null when the table has no such column. */
export function moderationCellAddress(row: ModerationCaseRow, column: string): string | null {
  const at = findColumn(row.log.header, column);
  return at < 0 ? null : blockAddress(row.log.headerRow + 1 + row.index, row.log.firstColumn + at, 1, 1);
}

/**
 * The Moderation table has no Version column, so a row's version is a hash of its answer cells: whoever
 * changes an answer changes it, which is how a save or "Mark complete" notices a co-author's edit.
 * `replace` gives cells as they will be after a write, so the pane's next base matches the next read.
 */
export function moderationVersion(
  row: ModerationCaseRow,
  codec: Codec,
  replace: ReadonlyMap<string, CellValue> = new Map(),
): number {
  const cells = moderatedQuestions(codec).map((q) =>
    replace.has(q.name) ? replace.get(q.name)! : logCell(row.log, row.cells, q.name),
  );
  return fnv1a(JSON.stringify(cells));
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

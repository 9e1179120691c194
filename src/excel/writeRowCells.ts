import type { CellValue } from '../core/sheets/SheetData';
import type { AuditFrame } from './AuditFrame';
import { FORMAT, LAST_SAVED, SAVED_BY, STATUS, VERSION } from './workbookFormat';

export interface CellWrite {
  readonly column: string;
  readonly value: CellValue;
  /** The format for a non-text value (dates, numbers); strings are always written as text. */
  readonly format: string;
}

/**
 * Queues one write per changed cell, each found by its column name on the case's row. The number format
 * goes first, in the same batch, so that text is stored literally (see writeLiteral).
 */
export function writeRowCells(
  context: Excel.RequestContext,
  frame: AuditFrame,
  index: number,
  writes: readonly CellWrite[],
): void {
  for (const write of writes) {
    const cell = frame.cell(context, write.column, index);
    const value = write.value ?? '';
    cell.numberFormat = [[typeof value === 'string' ? FORMAT.text : write.format]];
    cell.values = [[value]];
  }
}

/** The bookkeeping cells every save updates: Last saved, Saved by, Version (+ Status when it changes). */
export function bookkeeping(serial: number, auditor: string, version: number, status?: string): CellWrite[] {
  const writes: CellWrite[] = [
    { column: LAST_SAVED, value: serial, format: FORMAT.dateTime },
    { column: SAVED_BY, value: auditor, format: FORMAT.text },
    { column: VERSION, value: version, format: FORMAT.whole },
  ];
  if (status !== undefined) writes.unshift({ column: STATUS, value: status, format: FORMAT.text });
  return writes;
}

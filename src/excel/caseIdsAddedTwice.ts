import { caseKey } from '../core/sampling/caseKey';
import type { CellValue } from '../core/sheets/SheetData';
import { cellAddress } from '../core/sheets/cellAddress';
import { caseIdText } from './locateCase';

/** The Case ID column as read back after a batch of new rows, with where it and the batch's rows sit. */
export interface CaseIdColumn {
  readonly ids: readonly (readonly CellValue[])[];
  /** 0-based sheet row and column of the first Case ID cell. */
  readonly firstRow: number;
  readonly column: number;
  /** Data indexes of the rows this batch added (others' rows with the same ID are the co-author's). */
  readonly batch: { readonly first: number; readonly count: number } | null;
  /** The header row read back with it, when asked for: the headers, and the 0-based column of the first. */
  readonly header?: { readonly names: readonly string[]; readonly firstColumn: number };
}

export interface AddedTwice {
  readonly caseId: string;
  /** A1 addresses of every cell holding the ID, top to bottom. */
  readonly cells: readonly string[];
  /** The cell of the row this batch added, when it is one of them. */
  readonly ours: string | null;
}

/**
 * Which of the IDs we added (`ours`, by caseKey) the column now holds more than once: a co-author added
 * the same case between our check and our write. Only our IDs are looked at; an older repeat elsewhere
 * is reported when that case is opened or saved.
 */
export function caseIdsAddedTwice(column: CaseIdColumn, ours: ReadonlySet<string>): AddedTwice[] {
  const rows = new Map<string, number[]>();
  column.ids.forEach((row, i) => {
    const key = caseKey(caseIdText(row[0]));
    if (key === '' || !ours.has(key)) return;
    const list = rows.get(key);
    if (list === undefined) rows.set(key, [i]);
    else list.push(i);
  });
  const address = (i: number): string => cellAddress(column.firstRow + i + 1, column.column + 1);
  const inBatch = (i: number): boolean =>
    column.batch !== null && i >= column.batch.first && i < column.batch.first + column.batch.count;
  const twice: AddedTwice[] = [];
  for (const indexes of rows.values()) {
    if (indexes.length < 2) continue;
    const mine = indexes.find(inBatch);
    twice.push({
      caseId: caseIdText(column.ids[indexes[0]!]![0]),
      cells: indexes.map(address),
      ours: mine === undefined ? null : address(mine),
    });
  }
  return twice;
}

/** One sentence per case (the first five), for the message that stops the adding. */
export function describeAddedTwice(sheet: string, twice: readonly AddedTwice[]): string {
  const shown = twice.slice(0, 5).map((t) => {
    const where = t.cells.map((c) => `${sheet}!${c}`);
    const listed = `${where.slice(0, -1).join(', ')} and ${where.at(-1)}`;
    const mine = t.ours === null ? '' : ` (${sheet}!${t.ours} is the row just added, Not started)`;
    return `Case ${t.caseId} is now in ${listed}${mine}.`;
  });
  const more = twice.length > 5 ? ` ${twice.length - 5} more cases are in two rows likewise.` : '';
  return `${shown.join(' ')}${more}`;
}

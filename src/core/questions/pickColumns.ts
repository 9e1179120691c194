import type { SheetIssue } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import type { Table, TableColumn } from './readTable';

export interface PickedColumns {
  readonly known: ReadonlyMap<string, TableColumn>;
  /** Columns we do not know, plus the second and later translations of a localized column. */
  readonly extras: readonly TableColumn[];
}

/**
 * Matches the header row against the columns we know. A localized column such as `label::English (en)`
 * may appear once per language: the first one is used and the rest are kept as extras. Any other known
 * column appearing twice is an error, because we could not tell which of the two the author meant.
 */
export function pickColumns(
  table: Table,
  knownKeys: readonly string[],
  localizable: readonly string[],
  errors: SheetIssue[],
): PickedColumns {
  const known = new Map<string, TableColumn>();
  const extras: TableColumn[] = [];
  for (const column of table.columns) {
    if (!knownKeys.includes(column.key)) {
      extras.push(column);
      continue;
    }
    const first = known.get(column.key);
    if (first === undefined) known.set(column.key, column);
    else if (localizable.includes(column.key)) extras.push(column);
    else {
      const here = cellAddress(table.headerRow, column.column);
      const there = cellAddress(table.headerRow, first.column);
      errors.push({
        sheet: table.sheet,
        cell: here,
        message: `The column '${column.key}' appears twice (${there} and ${here}); delete or rename one of them.`,
      });
    }
  }
  return { known, extras };
}

/** Reports a required column that is missing, pointing at the first free header cell. */
export function requireColumn(
  table: Table,
  picked: PickedColumns,
  key: string,
  errors: SheetIssue[],
): boolean {
  if (picked.known.has(key)) return true;
  errors.push({
    sheet: table.sheet,
    cell: cellAddress(table.headerRow, table.nextColumn),
    message:
      `The ${table.sheet} sheet has no '${key}' column. Add a column headed '${key}' to its header ` +
      `row (row ${table.headerRow}).`,
  });
  return false;
}

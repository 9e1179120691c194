import { cellAddress } from '../core/sheets/cellAddress';

/** `Sheet!A1:B2`, quoting the sheet name when Excel requires it. */
export function qualifiedAddress(sheet: string, address: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${address}`;
}

/** A1 range address of a block given 0-based worksheet indexes. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row + 1, column + 1);
  if (rows === 1 && columns === 1) return first;
  return `${first}:${cellAddress(row + rows, column + columns)}`;
}

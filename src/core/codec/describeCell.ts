import type { CellValue } from '../sheets/SheetData';

/** A cell's content as a message should quote it: text in quotes, TRUE/FALSE as Excel shows them. */
export function describeCell(cell: CellValue): string {
  if (typeof cell === 'string') return `'${cell}'`;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

import type { CaseStatus } from '../core/cases/CaseStore';
import type { CellValue } from '../core/sheets/SheetData';
import { STATUSES } from './workbookFormat';

/** A Version cell as a count; blank or unreadable counts as 0 (a row nobody has saved through the pane). */
export function versionOf(cell: CellValue | undefined): number {
  const n = typeof cell === 'number' ? cell : typeof cell === 'string' ? Number(cell.trim()) : NaN;
  return Number.isInteger(n) && n >= 0 ? n : 0;
}

/**
 * A Status cell as a status, ignoring case. Blank is Not started; any other text someone typed means work
 * has begun, so it reads as In progress rather than Complete.
 */
export function statusOf(cell: CellValue | undefined): CaseStatus {
  const text = cell === null || cell === undefined ? '' : String(cell).trim().toLowerCase();
  if (text === '') return 'Not started';
  return STATUSES.find((s) => s.toLowerCase() === text) ?? 'In progress';
}

export function textOf(cell: CellValue | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell);
}

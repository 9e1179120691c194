import type { CellValue } from '../sheets/SheetData';

/**
 * A published percentage (68, or 67.7 with one decimal) as the cell holds it: the fraction 0.68, shown as
 * 68% by the percent format. The engine has already rounded half up, so the format only ever drops zeros;
 * blank when the engine gave none (nothing to divide by, or it would reveal a suppressed count).
 */
export function percentCell(percent: number | null): CellValue {
  return percent === null ? null : percent / 100;
}

/** '0%', or '0.0%' with one decimal: the setting percent_decimals, matching the engine's rounding. */
export function percentFormat(decimals: number): string {
  return decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%';
}

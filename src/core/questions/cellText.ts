import type { CellValue } from '../sheets/SheetData';

/**
 * A definition cell as the text the author sees. Excel turns a typed `yes`-like TRUE into a boolean and
 * `1` into a number, so both are read back as the text they display rather than rejected.
 */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

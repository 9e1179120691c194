import type { CellValue } from '../../core/sheets/SheetData';

/**
 * Sets one value or number format on every cell of a range. office.js applies a single (non-array) value
 * to the whole range; @types/office-js only types the 2-D array, hence the cast. Sending one value instead
 * of 100,000 copies keeps a 100,000-row write under Excel on the web's 5 MB request limit.
 */
export function fillRange(range: Excel.Range, property: 'values' | 'numberFormat', value: CellValue): void {
  (range as unknown as Record<string, CellValue>)[property] = value;
}

import type { CellValue } from '../core/sheets/SheetData';

/** Excel on the web refuses a response over 5 MB; reads aim well below it, as the estimate is rough. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** Did Excel refuse the batch because what it loaded would pass the response limit? */
export function isTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded'
  );
}

/** Estimated JSON size of loaded values as Excel returns them: what the limit is measured on. */
export function rowsBytes(rows: readonly (readonly CellValue[])[]): number {
  let n = 2;
  for (const row of rows) {
    n += 2;
    for (const v of row) n += typeof v === 'string' ? v.length + 3 : 10;
  }
  return n;
}

import type { CellValue } from '../core/sheets/SheetData';

// Excel on the web's 5 MB limits on what one batch sends and what it gets back: every reader and writer of
// src/excel plans its batches with these, so the margins are decided once.

/** Excel on the web refuses a request over 5 MB; batches of writes aim well below it, as estimates are rough. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;

/** Did Excel refuse the batch because what it sent would pass the request limit? Nothing of it was applied. */
export function isRequestTooLarge(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { code?: unknown }).code === 'RequestPayloadSizeLimitExceeded'
  );
}

/**
 * Consecutive slices of `items` whose estimated bytes each stay under `budget`, in order, every item once.
 * An item bigger than the budget alone still gets a slice of its own: Excel is the judge of that one.
 */
export function slicesUnder<T>(
  items: readonly T[],
  bytesOf: (item: T) => number,
  budget: number = REQUEST_BUDGET,
): T[][] {
  const slices: T[][] = [];
  let slice: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const n = bytesOf(item);
    if (slice.length > 0 && bytes + n > budget) {
      slices.push(slice);
      slice = [];
      bytes = 0;
    }
    slice.push(item);
    bytes += n;
  }
  if (slice.length > 0) slices.push(slice);
  return slices;
}

/** Excel on the web refuses a response over 5 MB; reads aim well below it, as the estimate is rough. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** Did Excel refuse the batch because what it loaded would pass the response limit? */
export function isResponseTooLarge(error: unknown): boolean {
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

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

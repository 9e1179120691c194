/**
 * The sample number a failed draw was nonetheless recorded as, or null when nothing was drawn. The
 * workbook layer marks such an error with `recordedAs` (src/excel/planning/drawRecordedError.ts): its rows
 * were written and its record stored, and only its check found a problem a person must sort out.
 */
export function recordedSample(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const sample = (error as { recordedAs?: unknown }).recordedAs;
  return typeof sample === 'number' && Number.isInteger(sample) && sample > 0 ? sample : null;
}

import type { SheetData } from '../../core/sheets/SheetData';
import { nextTask } from './nextTask';
import { inflateLargeParts } from './openPackage';
import { readXlsxSteps } from './readXlsxSheets';

/** How long the read holds the page before it lets it paint and answer clicks. */
const SLICE_MS = 40;

/**
 * readXlsxSheets for the pane: the same read and the same result, given back to the event loop every
 * ~40 ms so the pane stays responsive and can show progress while a 100,000-row workbook is read.
 * `onSlice` is called at each pause with the share of the work done so far, 0 to 1 (by bytes of XML).
 */
export async function readXlsxSheetsInSlices(
  bytes: Uint8Array,
  label = 'The file',
  onSlice?: (done: number) => void,
  sliceMs = SLICE_MS,
): Promise<SheetData[]> {
  // Large parts first, by the platform's own inflater where it has one: it does not hold the page.
  const steps = readXlsxSteps(bytes, label, await inflateLargeParts(bytes));
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    if (performance.now() - since >= sliceMs) {
      onSlice?.(step.value);
      await nextTask();
      since = performance.now();
    }
  }
}

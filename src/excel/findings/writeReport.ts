import type { ReportSheet } from '../../core/report/ReportSheet';
import { WritePlan } from './WritePlan';
import { planReportSheet, type ExistingSheet } from './writeReportSheet';

/**
 * Writes laid-out sheets in as few round trips as the request limit allows, with screen updating and
 * calculation suspended for each (each suspension lasts until the next sync, so it is asked for per batch).
 * `show` names a written sheet to activate with the last batch, so the reader lands on what was written
 * without a round trip of its own.
 */
export async function writeReport(
  context: Excel.RequestContext,
  sheets: readonly ReportSheet[],
  existing: ReadonlyMap<string, ExistingSheet>,
  show?: string,
): Promise<void> {
  const plan = new WritePlan();
  for (const sheet of sheets)
    planReportSheet(plan, sheet, existing.get(sheet.name) ?? { exists: false, tables: [], charts: [] });
  const batches = plan.batches();
  for (const [i, batch] of batches.entries()) {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    batch(context);
    if (show !== undefined && i === batches.length - 1) context.workbook.worksheets.getItem(show).activate();
    // Batches exist because one request would pass the 5 MB limit; a small report is a single batch.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

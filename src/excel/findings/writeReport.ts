import type { ReportSheet } from '../../core/report/ReportSheet';
import { WritePlan } from './WritePlan';
import { planReportSheet, type ExistingSheet } from './writeReportSheet';

/**
 * Writes laid-out sheets in as few round trips as the request limit allows, with screen updating and
 * calculation suspended for each (each suspension lasts until the next sync, so it is asked for per batch).
 */
export async function writeReport(
  context: Excel.RequestContext,
  sheets: readonly ReportSheet[],
  existing: ReadonlyMap<string, ExistingSheet>,
): Promise<void> {
  const plan = new WritePlan();
  for (const sheet of sheets)
    planReportSheet(plan, sheet, existing.get(sheet.name) ?? { exists: false, tables: [], charts: [] });
  for (const batch of plan.batches()) {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    batch(context);
    // Batches exist because one request would pass the 5 MB limit; a small report is a single batch.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}

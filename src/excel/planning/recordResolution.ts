import { answerKey } from '../../core/moderation/answerKey';
import type { Disagreement } from '../../core/moderation/AgreementReport';
import type { ExcelHost } from '../ExcelHost';
import { workbookError } from '../AuditWorkbookError';
import { serialFromLocalTime } from '../savedAt';
import { FORMAT } from '../workbookFormat';
import { appendLogRows, queueLogTable } from './logTable';
import { PLANNING_SHEETS, RESOLUTION_COLUMNS } from './planningFormat';

/**
 * Records the audit lead's resolution of a disagreement as a row of the Resolutions table (two round trips):
 * the case, question, both answers as they stood, what was decided, by whom and when. The Audit answer is
 * not changed here; if the decision changes it, the lead corrects it through the pane as any answer.
 */
export async function recordResolution(
  host: ExcelHost,
  disagreement: Disagreement,
  resolution: string,
  resolvedBy: string,
  now: () => Date,
): Promise<void> {
  if (resolution.trim() === '')
    throw workbookError(
      PLANNING_SHEETS.resolutions,
      '',
      `Say how the disagreement on case ${disagreement.caseId}, ${disagreement.question}, was resolved (for example, which answer is right and why).`,
    );
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    const finish = queueLogTable(
      context,
      PLANNING_SHEETS.resolutions,
      tables.items.map((t) => t.name),
    );
    await context.sync();
    const row = [
      disagreement.caseId,
      disagreement.question,
      disagreement.auditor,
      disagreement.moderator,
      answerKey(disagreement.first),
      answerKey(disagreement.second),
      resolution.trim(),
      resolvedBy,
      serialFromLocalTime(now()),
    ];
    const formats = RESOLUTION_COLUMNS.map((c) => (c === 'Resolved at' ? FORMAT.dateTime : FORMAT.text));
    appendLogRows(
      context,
      finish(),
      RESOLUTION_COLUMNS,
      [row],
      sheets.items.map((s) => s.name),
      formats,
    );
    await context.sync();
  });
}

import { caseKey } from '../../core/sampling/caseKey';
import type { Problem } from '../../core/sampling/Problem';
import { markNotAudited } from '../../core/sampling/summariseProgress';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { ExcelHost } from '../ExcelHost';
import { findCaseRow } from '../findCaseRow';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { serialFromLocalTime } from '../savedAt';
import { CASE_ID, FORMAT } from '../workbookFormat';
import { appendLogRows, logCell, queueLogTable } from './logTable';
import { NOT_AUDITED_COLUMNS, PLANNING_SHEETS } from './planningFormat';

export type MarkResult =
  { readonly kind: 'marked' } | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/**
 * Records that a sampled case will not be audited, and why, as a row of the Not audited table (three round
 * trips). The case's Audit row, its status and answers are left exactly as they are: clearing the mark is
 * deleting that row, and nothing else is lost. A case is marked once; a second mark names the first.
 */
export async function markCaseNotAudited(
  host: ExcelHost,
  caseId: string,
  reason: string,
  markedBy: string,
  now: () => Date,
): Promise<MarkResult> {
  const mark = markNotAudited(reason);
  if (!('reason' in mark)) return { kind: 'refused', problems: [mark] };
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const { read, index } = await findCaseRow(context, caseId);
    const finish = queueLogTable(context, PLANNING_SHEETS.notAudited, read.tableNames);
    await context.sync();
    const log = finish();
    const id = caseIdText(read.columns.get(CASE_ID)![index]?.[0]);
    const at = log.rows.findIndex((row) => caseKey(caseIdText(logCell(log, row, CASE_ID))) === caseKey(id));
    if (at >= 0) {
      const cell = cellAddress(
        log.headerRow + 2 + at,
        log.firstColumn + 1 + Math.max(0, findColumn(log.header, 'Reason')),
      );
      return {
        kind: 'refused',
        problems: [
          {
            sheet: log.sheet,
            cell,
            message: `Case ${id} is already marked Not audited (${log.sheet}!${cell}: "${String(logCell(log, log.rows[at]!, 'Reason') ?? '')}"). Change the reason there if it is wrong.`,
          },
        ],
      };
    }
    const row = [id, mark.reason, markedBy, serialFromLocalTime(now())];
    appendLogRows(
      context,
      log,
      NOT_AUDITED_COLUMNS,
      [row],
      sheets.items.map((s) => s.name),
      [FORMAT.text, FORMAT.text, FORMAT.text, FORMAT.dateTime],
    );
    await context.sync();
    return { kind: 'marked' };
  });
}

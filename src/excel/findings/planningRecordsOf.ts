import type { ModerationRecords } from '../../core/report/ModerationRecords';
import type { AuditCaseRow, PlanningRecords, SampleDraw } from '../../core/report/PlanningRecords';
import type { CellValue } from '../../core/sheets/SheetData';
import { textOf } from '../caseCells';
import { caseIdText } from '../locateCase';
import { logCell, logRows, type LogTable } from '../planning/logTable';
import { CASE_ID } from '../workbookFormat';

const whole = (v: CellValue): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** A moderation draw re-audits cases already sampled: its Request is {"kind":"moderation",...}. */
function isModeration(request: string): boolean {
  try {
    return (JSON.parse(request) as { kind?: unknown }).kind === 'moderation';
  } catch {
    return false;
  }
}

/** The case draws of a Samples table, in table order. */
export function sampleDrawsOf(log: LogTable): SampleDraw[] {
  return logRows(log)
    .filter((row) => !isModeration(textOf(logCell(log, row, 'Request'))))
    .map((row) => ({
      sample: whole(logCell(log, row, 'Sample')) ?? 0,
      method: textOf(logCell(log, row, 'Method')).trim(),
      population: whole(logCell(log, row, 'Population')),
      drawn: whole(logCell(log, row, 'Drawn')),
    }));
}

/**
 * The planning records for the Findings sheet, from the Audit rows and the two tables as read (the add-in's
 * tables or, from the command line, the same sheets in a file). An absent table stays undefined, so the
 * report says there is none rather than showing a zero nobody recorded. `moderation` (moderationRecordsOf)
 * is passed through when there is a Moderation table.
 */
export function planningRecordsOf(
  cases: readonly AuditCaseRow[],
  samples: LogTable,
  notAudited: LogTable,
  moderation?: ModerationRecords,
): PlanningRecords {
  const marks =
    notAudited.kind === 'absent'
      ? undefined
      : logRows(notAudited)
          .map((row) => ({
            caseId: caseIdText(logCell(notAudited, row, CASE_ID)),
            reason: textOf(logCell(notAudited, row, 'Reason')).trim(),
          }))
          .filter((m) => m.caseId !== '');
  return {
    cases,
    ...(samples.kind === 'absent' ? {} : { draws: sampleDrawsOf(samples) }),
    ...(marks === undefined ? {} : { marks }),
    ...(moderation === undefined ? {} : { moderation }),
  };
}

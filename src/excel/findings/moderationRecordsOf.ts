import type { Codec } from '../../core/codec/createCodec';
import type { AuditAnswers } from '../../core/moderation/AgreementReport';
import { disagreementKey, type ModerationRecords } from '../../core/report/ModerationRecords';
import { caseKey } from '../../core/sampling/caseKey';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { CellValue } from '../../core/sheets/SheetData';
import { statusOf, textOf } from '../caseCells';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { logCell, logRows, type LogTable } from '../planning/logTable';
import { CASE_ID, STATUS } from '../workbookFormat';
import { compareModeration } from './compareModeration';

/** The Resolutions rows; an answer column the table lacks stays undefined (the resolution then stands alone). */
function resolutionsOf(log: LogTable): ModerationRecords['resolutions'] {
  const has = (column: string): boolean => findColumn(log.header, column) >= 0;
  const text = (row: readonly CellValue[], column: string): string | undefined =>
    has(column) ? textOf(logCell(log, row, column)).trim() : undefined;
  return logRows(log)
    .map((row) => {
      const first = text(row, 'First answer');
      const second = text(row, 'Second answer');
      return {
        caseId: caseIdText(logCell(log, row, CASE_ID)),
        question: textOf(logCell(log, row, 'Question')).trim(),
        ...(first === undefined ? {} : { first }),
        ...(second === undefined ? {} : { second }),
      };
    })
    .filter((r) => r.caseId !== '' && r.question !== '');
}

/**
 * Moderation for the Findings sheet, from the first audits of the moderated cases and the Moderation and
 * Resolutions tables as read (by the refresh, the board copy or, from a file, the command line): the
 * comparison, the resolutions and where each disagreement's moderator answer is. Undefined when there is
 * no Moderation table: nothing was drawn for moderation.
 */
export function moderationRecordsOf(
  first: readonly AuditAnswers[],
  moderation: LogTable,
  resolutions: LogTable,
  codec: Codec,
): ModerationRecords | undefined {
  if (moderation.kind === 'absent') return undefined;
  const report = compareModeration(first, moderation, codec);
  // The row compared is the case's first complete one, as moderatedAnswers and agreement take it.
  const rowOf = new Map<string, number>();
  moderation.rows.forEach((row, i) => {
    const key = caseKey(caseIdText(logCell(moderation, row, CASE_ID)));
    if (statusOf(logCell(moderation, row, STATUS)) === 'Complete' && !rowOf.has(key))
      rowOf.set(key, moderation.headerRow + 2 + i);
  });
  const cells = new Map<string, string>();
  for (const d of report.disagreements) {
    const row = rowOf.get(caseKey(d.caseId));
    const at = findColumn(moderation.header, d.question);
    if (row !== undefined && at >= 0)
      cells.set(disagreementKey(d.caseId, d.question), cellAddress(row, moderation.firstColumn + at + 1));
  }
  return { report, resolutions: resolutionsOf(resolutions), sheet: moderation.sheet, cells };
}

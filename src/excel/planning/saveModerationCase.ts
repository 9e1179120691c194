import type { CaseStatus, SaveRequest, SaveResult } from '../../core/cases/CaseStore';
import type { Codec } from '../../core/codec/createCodec';
import type { CellValue } from '../../core/sheets/SheetData';
import { answersEqual } from '../answersEqual';
import { workbookError } from '../AuditWorkbookError';
import { statusOf, textOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { failure } from '../failure';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { serialFromLocalTime, textFromSerial } from '../savedAt';
import { CASE_ID, FORMAT, STATUS } from '../workbookFormat';
import { logCell } from './logTable';
import { type ModerationCaseRow, moderationCaseRow, moderationVersion } from './moderationCaseRow';
import { moderatedQuestions } from './moderationTable';
import { requireModerationTable } from './readModerationTable';

/** One change to a re-audit: an answer (as the capture pane sends it), or the status. */
export type ModerationChange =
  | { readonly kind: 'answer'; readonly request: SaveRequest }
  | {
      readonly kind: 'status';
      readonly caseId: string;
      readonly status: CaseStatus;
      readonly moderator: string;
      /** The row's version the pane checked its answers against. */
      readonly baseVersion: number;
    };

/**
 * Saves a moderator's change to the case's Moderation row in two round trips: (1) the table is read and
 * the row found by Case ID, (2) only the changed cells (and Moderator, Status) are written with a
 * read-back of the row's Case ID. An answer someone else changed since the pane read it comes back as a
 * conflict instead of being overwritten (unless `overwrite`); "Complete" is refused as a conflict if any
 * answer in the row changed since, because the pane's checks were made on the answers it had.
 */
export async function saveModerationCase(
  host: ExcelHost,
  codec: Codec,
  change: ModerationChange,
  now: () => Date,
): Promise<SaveResult> {
  const caseId = change.kind === 'answer' ? change.request.caseId : change.caseId;
  try {
    return await host.run(async (context) => {
      const row = moderationCaseRow(await requireModerationTable(context), caseId);
      const version = moderationVersion(row, codec);
      const moderator = change.kind === 'answer' ? change.request.auditor : change.moderator;
      const writes = new Map<string, CellValue>();
      if (change.kind === 'answer') {
        const { request } = change;
        const question = answerCodec(codec, request.question, row);
        const current = logCell(row.log, row.cells, request.question);
        const decoded = question.decode(current);
        const holds = (answer: SaveRequest['answer']) => decoded.ok && answersEqual(decoded.answer, answer);
        const changedByOthers = version !== request.baseVersion && request.overwrite !== true;
        if (changedByOthers && !holds(request.previous) && !holds(request.answer))
          return {
            kind: 'conflict',
            theirs: decoded.ok ? decoded.answer : textOf(current),
            version,
            savedBy: otherSaver(row, moderator),
          };
        writes.set(request.question, question.encode(request.answer) ?? '');
        if (statusOf(logCell(row.log, row.cells, STATUS)) === 'Not started')
          writes.set(STATUS, 'In progress');
      } else {
        if (version !== change.baseVersion)
          return {
            kind: 'conflict',
            theirs: statusOf(logCell(row.log, row.cells, STATUS)),
            version,
            savedBy: otherSaver(row, moderator),
          };
        writes.set(STATUS, change.status);
      }
      writes.set('Moderator', moderator);
      const sheet = context.workbook.worksheets.getItem(row.log.sheet);
      const cellOf = (name: string) =>
        sheet.getRangeByIndexes(
          row.log.headerRow + 1 + row.index,
          row.log.firstColumn + column(row, name),
          1,
          1,
        );
      for (const [name, value] of writes) {
        const target = cellOf(name);
        // Strings as text: a label such as "1-3 months" must not become a date or a formula.
        target.numberFormat = [[typeof value === 'string' ? FORMAT.text : FORMAT.general]];
        target.values = [[value]];
      }
      const check = cellOf(CASE_ID).load('values');
      await context.sync();
      const found = caseIdText((check.values as CellValue[][])[0]?.[0]);
      if (found.toUpperCase() !== caseId.trim().toUpperCase())
        throw workbookError(
          row.log.sheet,
          '',
          `Rows of the ${row.log.table} table moved while saving case ${caseId} (its row now holds "${found}"). Check that row for an answer that belongs to ${caseId}, then save again.`,
        );
      return {
        kind: 'saved',
        version: moderationVersion(row, codec, writes),
        savedAt: textFromSerial(serialFromLocalTime(now())),
      };
    });
  } catch (error) {
    return failure(error);
  }
}

/**
 * Who to name in a conflict: the Moderator cell (the last pane save's moderator, or the one the lead named
 * at the draw), unless it is blank or the saver's own name. The Moderator column is not part of the row's
 * version, so it never makes a conflict itself; when it names the saver, the change came from someone
 * else (typed in the sheet), and the pane then says "someone else".
 */
function otherSaver(row: ModerationCaseRow, saver: string): string {
  const named = textOf(logCell(row.log, row.cells, 'Moderator')).trim();
  return named.toLowerCase() === saver.trim().toLowerCase() ? '' : named;
}

function answerCodec(codec: Codec, name: string, row: ModerationCaseRow) {
  const question = codec.byName.get(name);
  if (question === undefined || !moderatedQuestions(codec).some((q) => q.name === name))
    throw workbookError(
      row.log.sheet,
      '',
      `"${name}" is not a select question of this audit, so it is not re-audited and has no ${row.log.table} column.`,
    );
  column(row, name);
  return question;
}

function column(row: ModerationCaseRow, name: string): number {
  const at = findColumn(row.log.header, name);
  if (at < 0)
    throw workbookError(
      row.log.sheet,
      '',
      `The ${row.log.table} table has no "${name}" column: add it at the end of the table, then save again.`,
    );
  return at;
}

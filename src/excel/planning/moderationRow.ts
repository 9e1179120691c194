import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Codec } from '../../core/codec/createCodec';
import type { CellValue } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import { statusOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { findColumn, headerNames } from '../headerRow';
import { caseIdText, locateCase } from '../locateCase';
import { isItemNotFound } from '../readAuditColumns';
import { CASE_ID, FORMAT, STATUS } from '../workbookFormat';
import { PLANNING_SHEETS, tableNameOf } from './planningFormat';

export interface ModerationWrite {
  readonly caseId: string;
  /** The question's answer to write; leave out to change only the status. */
  readonly question?: string;
  readonly answer?: Answer;
  readonly moderator: string;
  /** Complete when the moderator is done: only complete re-audits are compared. */
  readonly status?: 'In progress' | 'Complete';
}

const TABLE = tableNameOf(PLANNING_SHEETS.moderation);

/**
 * Writes a moderator's answer (and Moderator, Status) to the case's Moderation row in two round trips, the
 * row found by Case ID at every write and its Case ID read back with the write, as saveAnswer does. The
 * answer is encoded by the question's codec, strings as text.
 */
export async function writeModerationRow(
  host: ExcelHost,
  codec: Codec,
  write: ModerationWrite,
): Promise<void> {
  const question = write.question === undefined ? undefined : codec.byName.get(write.question);
  if (
    write.question !== undefined &&
    (question === undefined || !['select_one', 'select_multiple'].includes(question.question.type))
  )
    throw workbookError(
      PLANNING_SHEETS.moderation,
      '',
      `"${write.question}" is not a select question of this audit, so it has no Moderation column.`,
    );
  await host.run(async (context) => {
    const table = context.workbook.tables.getItem(TABLE);
    const header = table.getHeaderRowRange().load('values,rowIndex,columnIndex');
    const ids = table.columns.getItem(CASE_ID).getDataBodyRange().load('values');
    const statuses = table.columns.getItem(STATUS).getDataBodyRange().load('values');
    const worksheet = table.worksheet.load('name');
    try {
      await context.sync();
    } catch (error) {
      if (!isItemNotFound(error)) throw error;
      throw workbookError(
        PLANNING_SHEETS.moderation,
        '',
        `There is no ${TABLE} table with Case ID and Status columns: draw the moderation sample first (or restore the table's headers).`,
      );
    }
    const names = headerNames(header.values[0] as CellValue[]);
    const found = locateCase(ids.values as CellValue[][], write.caseId);
    if (found.kind !== 'found')
      throw workbookError(
        PLANNING_SHEETS.moderation,
        '',
        found.kind === 'missing'
          ? `Case ${write.caseId} is not in the ${TABLE} table: only cases drawn for moderation are re-audited.`
          : `Case ${write.caseId} is in the ${TABLE} table more than once: delete the repeat, then save again.`,
      );
    const sheet = context.workbook.worksheets.getItem(worksheet.name);
    const cell = (name: string) => {
      const at = findColumn(names, name);
      if (at < 0)
        throw workbookError(
          PLANNING_SHEETS.moderation,
          '',
          `The ${TABLE} table has no "${name}" column: add it at the end of the table, then save again.`,
        );
      return sheet.getRangeByIndexes(header.rowIndex + 1 + found.index, header.columnIndex + at, 1, 1);
    };
    const put = (name: string, value: CellValue) => {
      const target = cell(name);
      target.numberFormat = [[typeof value === 'string' ? FORMAT.text : FORMAT.general]];
      target.values = [[value]];
    };
    if (question !== undefined) put(question.question.name, question.encode(write.answer ?? null) ?? '');
    put('Moderator', write.moderator);
    const current = statusOf((statuses.values as CellValue[][])[found.index]?.[0]);
    const status = write.status ?? (current === 'Not started' ? 'In progress' : undefined);
    if (status !== undefined) put(STATUS, status);
    const check = cell(CASE_ID).load('values');
    await context.sync();
    const now = caseIdText((check.values as CellValue[][])[0]?.[0]);
    if (now.toUpperCase() !== write.caseId.trim().toUpperCase())
      throw workbookError(
        PLANNING_SHEETS.moderation,
        '',
        `Rows of the ${TABLE} table moved while saving case ${write.caseId} (its row now holds "${now}"). Check that row for an answer that belongs to ${write.caseId}, then save again.`,
      );
  });
}

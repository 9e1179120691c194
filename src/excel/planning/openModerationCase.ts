import type { Answer } from '../../core/cases/CaseEvaluation';
import type { CaseSummary, OpenedCase } from '../../core/cases/CaseStore';
import type { Codec } from '../../core/codec/createCodec';
import { statusOf, textOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { CASE_ID, STATUS } from '../workbookFormat';
import { logCell, logRows } from './logTable';
import { moderationCaseRow, moderationCellAddress, moderationVersion } from './moderationCaseRow';
import { moderatedQuestions } from './moderationTable';
import { readModerationTable, requireModerationTable } from './readModerationTable';

/** The cases drawn for moderation, in table order (one round trip); none before the first draw. */
export async function listModerationCases(host: ExcelHost): Promise<CaseSummary[]> {
  return host.run(async (context) => {
    const log = await readModerationTable(context);
    if (log === null) return [];
    return logRows(log)
      .map((row) => ({
        caseId: caseIdText(logCell(log, row, CASE_ID)),
        auditor: textOf(logCell(log, row, 'Moderator')).trim(),
        status: statusOf(logCell(log, row, STATUS)),
        lastSaved: '',
      }))
      .filter((c) => c.caseId !== '');
  });
}

/**
 * Opens a case's re-audit in one round trip: the moderator's own answers so far, from the Moderation row
 * only. The Audit row (the first answers) and its escalations are never read, so nothing here can show
 * them. Cells the codec cannot read come back in `invalid` with their address.
 */
export async function openModerationCase(host: ExcelHost, codec: Codec, caseId: string): Promise<OpenedCase> {
  return host.run(async (context) => {
    const row = moderationCaseRow(await requireModerationTable(context), caseId);
    const answers = new Map<string, Answer>();
    const invalid = new Map<string, string>();
    for (const question of moderatedQuestions(codec)) {
      if (findColumn(row.log.header, question.name) < 0) {
        invalid.set(
          question.name,
          `The ${row.log.table} table has no column "${question.name}": add it at the end of the table, then open the case again.`,
        );
        continue;
      }
      const decoded = codec.byName.get(question.name)!.decode(logCell(row.log, row.cells, question.name));
      if (decoded.ok) answers.set(question.name, decoded.answer);
      else
        invalid.set(
          question.name,
          `${row.log.sheet}!${moderationCellAddress(row, question.name)}: ${decoded.message}`,
        );
    }
    const moderator = textOf(logCell(row.log, row.cells, 'Moderator')).trim();
    return {
      caseId: caseIdText(logCell(row.log, row.cells, CASE_ID)),
      answers,
      invalid,
      version: moderationVersion(row, codec),
      status: statusOf(logCell(row.log, row.cells, STATUS)),
      auditor: moderator,
      lastSaved: '',
      savedBy: moderator,
      escalations: 0,
    };
  });
}

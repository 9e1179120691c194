import type { Codec } from '../../core/codec/createCodec';
import type { AgreementReport } from '../../core/moderation/AgreementReport';
import type { ExcelHost } from '../ExcelHost';
import { compareModeration } from '../findings/compareModeration';
import { readAuditColumns } from '../readAuditColumns';
import { AUDITOR, CASE_ID } from '../workbookFormat';
import { queueLogTable } from './logTable';
import { firstAnswers, moderatedQuestions } from './moderationTable';
import { PLANNING_SHEETS } from './planningFormat';

/**
 * Agreement between first audits and the moderator's completed re-audits (two round trips): per select
 * question and per auditor, percentage and Cohen's kappa, and every disagreement. Moderation cells that
 * cannot be read are reported as problems rather than compared.
 */
export async function moderationReportOf(
  host: ExcelHost,
  codec: Codec,
  decimals = 0,
): Promise<AgreementReport> {
  const questions = moderatedQuestions(codec);
  return host.run(async (context) => {
    const names = questions.map((q) => q.name);
    const { columns, tableNames } = await readAuditColumns(context, [CASE_ID, AUDITOR, ...names]);
    const finish = queueLogTable(context, PLANNING_SHEETS.moderation, tableNames);
    await context.sync();
    return compareModeration(firstAnswers(columns, codec, names), finish(), codec, decimals);
  });
}

import type ExcelJS from 'exceljs';
import { createCodec } from '../core/codec/createCodec';
import type { PlanningRecords } from '../core/report/PlanningRecords';
import { caseKey } from '../core/sampling/caseKey';
import { ModeratedFirstAudits } from '../excel/findings/ModeratedFirstAudits';
import { moderationRecordsOf } from '../excel/findings/moderationRecordsOf';
import { PLANNING_SHEETS } from '../excel/planning/planningFormat';
import type { AuditWorkbookData } from './readAuditWorkbook';
import { readLog } from './readPlanningTables';

/**
 * The planning records with Moderation agreement added from the file's Moderation and Resolutions sheets,
 * by the same code as Refresh findings: the first audits are the decoded cases already read (a Case ID is
 * on one row only, or the file was refused), with each case's auditor from its Audit row.
 */
export function withModeration(
  workbook: ExcelJS.Workbook,
  data: AuditWorkbookData,
): PlanningRecords | undefined {
  const planning = data.planning;
  if (planning === undefined) return undefined;
  const moderation = readLog(workbook, PLANNING_SHEETS.moderation);
  if (moderation.kind === 'absent') return planning;
  const codec = createCodec(data.questionSet);
  const auditors = new Map(planning.cases.map((c) => [caseKey(c.id), c.auditor]));
  const first = new ModeratedFirstAudits(moderation, codec);
  for (const c of data.cases) first.add(c.id, c.answers, () => auditors.get(caseKey(c.id)) ?? '');
  const resolutions = readLog(workbook, PLANNING_SHEETS.resolutions);
  const records = moderationRecordsOf(first.audits(), moderation, resolutions, codec);
  return records === undefined ? planning : { ...planning, moderation: records };
}

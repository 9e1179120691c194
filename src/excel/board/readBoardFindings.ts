import { createCodec } from '../../core/codec/createCodec';
import { createFindingsAccumulator } from '../../core/findings/computeFindings';
import { crossTab } from '../../core/findings/crossTab';
import type { CrossTab, Findings } from '../../core/findings/Findings';
import type { Indicator } from '../../core/findings/Indicator';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { crossTabPairs } from '../../core/report/crossTabPairs';
import type { EscalationRow } from '../../core/report/EscalationRow';
import type { PlanningRecords } from '../../core/report/PlanningRecords';
import type { CellValue } from '../../core/sheets/SheetData';
import type { ExcelHost } from '../ExcelHost';
import { AuditCaseRows } from '../findings/auditCaseRows';
import { AuditRowDecoder } from '../findings/AuditRowDecoder';
import { parseDefinitions } from '../findings/parseDefinitions';
import { queueDefinitions } from '../findings/readDefinitions';
import { auditLayoutWithoutTable, queueAuditProbe, readRemainingRows } from '../findings/readAuditRows';
import { planningRecordsOf } from '../findings/planningRecordsOf';
import { queuePlanningTables } from '../findings/queuePlanningTables';
import { queueEscalations } from '../findings/readEscalations';
import { textOf } from '../caseCells';
import { ModeratedFirstAudits } from '../findings/ModeratedFirstAudits';
import { moderationRecordsOf } from '../findings/moderationRecordsOf';
import { findColumn } from '../headerRow';
import { logCell, logRows, type LogTable } from '../planning/logTable';
import { AUDITOR } from '../workbookFormat';
import { IdentifyingTexts } from './IdentifyingTexts';

/** Names and typed text of the Moderation and Resolutions tables: the board's agreement table holds none. */
function addModerationTexts(
  identifying: IdentifyingTexts,
  moderation: LogTable,
  resolutions: LogTable,
): void {
  for (const row of logRows(moderation))
    identifying.add(textOf(logCell(moderation, row, 'Moderator')), 'name');
  for (const row of logRows(resolutions)) {
    for (const column of ['Case ID', 'Auditor', 'Moderator', 'Resolved by'])
      identifying.add(
        textOf(logCell(resolutions, row, column)),
        column === 'Case ID' ? 'case identifier' : 'name',
      );
    identifying.add(textOf(logCell(resolutions, row, 'Resolution')), 'free text');
  }
}

export interface BoardFindings {
  readonly questionSet: QuestionSet;
  readonly indicators: readonly Indicator[];
  /** Worked out with small-number suppression on, at the Settings' threshold (5 unless set). */
  readonly findings: Findings;
  readonly escalations: readonly EscalationRow[] | undefined;
  /**
   * For Sample and coverage (counts only on the board) and Moderation agreement (per question);
   * undefined without a Status column.
   */
  readonly planning: PlanningRecords | undefined;
  /** What must not reach the copy: Case IDs, names and free text seen on the Audit rows and Escalations. */
  readonly identifying: IdentifyingTexts;
}

/**
 * Reads what the board copy needs through the same readers as Refresh findings (definitions, every Audit
 * row in 5 MB-safe chunks, the Escalations' IDs and statuses, the Samples, Not audited, Moderation and
 * Resolutions tables), and the same engine with suppression on:
 * the board's figures are the team's, with small numbers hidden. Two round trips for a usual audit.
 */
export async function readBoardFindings(host: ExcelHost, now: Date): Promise<BoardFindings> {
  return host.run(async (context) => {
    const definitions = queueDefinitions(context);
    const escalationsRead = queueEscalations(context);
    const planningRead = queuePlanningTables(context);
    const probeRead = queueAuditProbe(context);
    await context.sync();
    const { questionSet, indicators } = parseDefinitions(definitions(), 'there are no findings to copy');
    const acc = createFindingsAccumulator(questionSet, indicators, { now, suppress: true });
    const probe = probeRead() ?? (await auditLayoutWithoutTable(context));
    const codec = createCodec(questionSet);
    const decoder = new AuditRowDecoder(probe.layout, codec);
    const identifying = new IdentifyingTexts(probe.layout.header, questionSet);
    const caseRows = new AuditCaseRows(probe.layout.header);
    const tables = planningRead();
    const moderated = new ModeratedFirstAudits(tables.moderation, codec);
    const auditorAt = findColumn(probe.layout.header, AUDITOR);
    const take = (rows: readonly (readonly CellValue[])[], start: number): void => {
      rows.forEach((row, i) => {
        const record = decoder.decode(row, start + i);
        if (record === null) return;
        acc.add(record);
        identifying.addRow(row);
        caseRows.add(row, record);
        moderated.add(record.id, record.answers, () => (auditorAt < 0 ? '' : textOf(row[auditorAt])));
      });
    };
    take(probe.firstRows, 0);
    await readRemainingRows(context, probe, take);
    const escalations = escalationsRead();
    for (const e of escalations ?? []) identifying.add(e.caseId, 'case identifier');
    const counted = acc.finish();
    const crossTabs: CrossTab[] = [];
    for (const [row, column] of crossTabPairs(questionSet).pairs) {
      const tab = crossTab(counted, row, column);
      if (typeof tab !== 'string') crossTabs.push(tab);
    }
    const cases = caseRows.rows();
    const { samples, notAudited, moderation, resolutions } = tables;
    const agreement = moderationRecordsOf(moderated.audits(), moderation, resolutions, codec);
    const planning =
      cases === undefined ? undefined : planningRecordsOf(cases, samples, notAudited, agreement);
    addModerationTexts(identifying, moderation, resolutions);
    for (const m of planning?.marks ?? []) identifying.add(m.reason, 'free text');
    return {
      questionSet,
      indicators,
      findings: { ...counted, crossTabs },
      escalations,
      planning,
      identifying,
    };
  });
}

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
import { IdentifyingTexts } from './IdentifyingTexts';

export interface BoardFindings {
  readonly questionSet: QuestionSet;
  readonly indicators: readonly Indicator[];
  /** Worked out with small-number suppression on, at the Settings' threshold (5 unless set). */
  readonly findings: Findings;
  readonly escalations: readonly EscalationRow[] | undefined;
  /** For Sample and coverage (counts only on the board); undefined without a Status column. */
  readonly planning: PlanningRecords | undefined;
  /** What must not reach the copy: Case IDs, names and free text seen on the Audit rows and Escalations. */
  readonly identifying: IdentifyingTexts;
}

/**
 * Reads what the board copy needs through the same readers as Refresh findings (definitions, every Audit
 * row in 5 MB-safe chunks, the Escalations' IDs and statuses, the Samples and Not audited tables), and the same engine with suppression on:
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
    const decoder = new AuditRowDecoder(probe.layout, createCodec(questionSet));
    const identifying = new IdentifyingTexts(probe.layout.header, questionSet);
    const caseRows = new AuditCaseRows(probe.layout.header);
    const take = (rows: readonly (readonly CellValue[])[], start: number): void => {
      rows.forEach((row, i) => {
        const record = decoder.decode(row, start + i);
        if (record === null) return;
        acc.add(record);
        identifying.addRow(row);
        caseRows.add(row, record);
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
    const { samples, notAudited } = planningRead();
    const planning = cases === undefined ? undefined : planningRecordsOf(cases, samples, notAudited);
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

import { caseKey } from '../../core/sampling/caseKey';
import {
  summariseProgress,
  type ProgressSummary,
  type SampledCase,
} from '../../core/sampling/summariseProgress';
import type { CellValue } from '../../core/sheets/SheetData';
import { statusOf, textOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { caseIdText } from '../locateCase';
import { readCaseColumns } from '../readCaseColumns';
import { AUDITOR, CASE_ID, ESCALATION_OPEN, SHEETS, STATUS } from '../workbookFormat';
import { logCell, logRows, queueLogTable } from './logTable';
import { PLANNING_SHEETS } from './planningFormat';

export interface Escalated {
  /** Escalations raised on the cases. */
  readonly escalations: number;
  /** Of which still Open. */
  readonly openEscalations: number;
}

/** The status board: the core's counts, overall and per auditor, with the escalations raised. */
export interface ProgressBoard extends Escalated {
  readonly summary: ProgressSummary;
  /** Escalations by the case's auditor as the Audit sheet names them ('' for none); missing = 0. */
  readonly escalationsByAuditor: ReadonlyMap<string, number>;
  readonly openEscalationsByAuditor: ReadonlyMap<string, number>;
}

type LogRead = ReturnType<typeof queueLogTable>;

/**
 * Progress in two round trips: the Audit's Case ID, Auditor and Status columns, then the Not audited and
 * Escalations tables with the rest of the columns past ~65,000 cases (a trip more per further ~4 MB, so no
 * response passes 5 MB). Escalations count under the case's auditor; one on a case no longer in Audit
 * counts only overall.
 */
export async function readProgress(host: ExcelHost): Promise<ProgressBoard> {
  return host.run(async (context) => {
    const logs: { notAudited?: LogRead; escalations?: LogRead } = {};
    const { columns } = await readCaseColumns(context, {
      names: [CASE_ID, AUDITOR, STATUS],
      along: (tableNames) => {
        logs.notAudited = queueLogTable(context, PLANNING_SHEETS.notAudited, tableNames);
        logs.escalations = queueLogTable(context, SHEETS.escalations, tableNames);
      },
    });
    const { notAudited: notAuditedLog, escalations: escalationLog } = logs;
    // readCaseColumns always queues `along` once and syncs it before returning.
    if (notAuditedLog === undefined || escalationLog === undefined)
      throw new Error('Progress: logs not read');
    const reasons = new Map<string, string>();
    const notAudited = notAuditedLog();
    for (const row of logRows(notAudited))
      reasons.set(
        caseKey(caseIdText(logCell(notAudited, row, CASE_ID))),
        textOf(logCell(notAudited, row, 'Reason')),
      );
    const cell = (name: string, i: number): CellValue => columns.get(name)![i]?.[0] ?? null;
    const cases: SampledCase[] = [];
    const auditorOf = new Map<string, string>();
    columns.get(CASE_ID)!.forEach((_, i) => {
      const id = caseIdText(cell(CASE_ID, i));
      if (id === '') return;
      const auditor = textOf(cell(AUDITOR, i)).trim();
      auditorOf.set(caseKey(id), auditor);
      const reason = reasons.get(caseKey(id));
      cases.push({
        id,
        auditor,
        status: statusOf(cell(STATUS, i)),
        ...(reason === undefined ? {} : { notAudited: { reason } }),
      });
    });
    const escalated = new Map<string, { escalations: number; openEscalations: number }>();
    const total = { escalations: 0, openEscalations: 0 };
    const escalations = escalationLog();
    for (const row of logRows(escalations)) {
      const auditor = auditorOf.get(caseKey(caseIdText(logCell(escalations, row, CASE_ID))));
      const open =
        textOf(logCell(escalations, row, STATUS))
          .trim()
          .toLowerCase() === ESCALATION_OPEN.toLowerCase()
          ? 1
          : 0;
      total.escalations++;
      total.openEscalations += open;
      if (auditor === undefined) continue;
      const counts = escalated.get(auditor) ?? { escalations: 0, openEscalations: 0 };
      escalated.set(auditor, {
        escalations: counts.escalations + 1,
        openEscalations: counts.openEscalations + open,
      });
    }
    return {
      summary: summariseProgress(cases),
      ...total,
      escalationsByAuditor: new Map([...escalated].map(([a, n]) => [a, n.escalations])),
      openEscalationsByAuditor: new Map([...escalated].map(([a, n]) => [a, n.openEscalations])),
    };
  });
}

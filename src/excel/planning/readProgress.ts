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
import { readAuditColumns } from '../readAuditColumns';
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

/**
 * Progress in two round trips: the Audit's Case ID, Auditor and Status columns, then the Not audited and
 * Escalations tables. Escalations count under the case's auditor; one on a case no longer in Audit counts
 * only overall.
 */
export async function readProgress(host: ExcelHost): Promise<ProgressBoard> {
  return host.run(async (context) => {
    const { columns, tableNames } = await readAuditColumns(context, [CASE_ID, AUDITOR, STATUS]);
    const notAuditedLog = queueLogTable(context, PLANNING_SHEETS.notAudited, tableNames);
    const escalationLog = queueLogTable(context, SHEETS.escalations, tableNames);
    await context.sync();
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

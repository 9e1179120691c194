import { createCodec } from '../../core/codec/createCodec';
import { createFindingsAccumulator } from '../../core/findings/computeFindings';
import { crossTab } from '../../core/findings/crossTab';
import type { CrossTab, Findings } from '../../core/findings/Findings';
import { crossTabPairs } from '../../core/report/crossTabPairs';
import { DATA_QUALITY_SHEET } from '../../core/report/dataQualitySheet';
import { FINDINGS_SHEET, findingsReport } from '../../core/report/findingsReport';
import type { CellValue, SheetIssue } from '../../core/sheets/SheetData';
import type { ExcelHost } from '../ExcelHost';
import { AuditCaseRows } from './auditCaseRows';
import { AuditRowDecoder } from './AuditRowDecoder';
import { ModeratedFirstAudits } from './ModeratedFirstAudits';
import { moderationRecordsOf } from './moderationRecordsOf';
import { parseDefinitions } from './parseDefinitions';
import { planningRecordsOf } from './planningRecordsOf';
import { queuePlanningTables } from './queuePlanningTables';
import { queueDefinitions } from './readDefinitions';
import { queueEscalations } from './readEscalations';
import { auditLayoutWithoutTable, queueAuditProbe, readRemainingRows } from './readAuditRows';
import type { RefreshOptions, RefreshReport } from './RefreshReport';
import { refreshedAtText } from './refreshedAtText';
import { queueReportSheets } from './reportSheetState';
import { writeReport } from './writeReport';
import { textOf } from '../caseCells';
import { findColumn } from '../headerRow';
import { AUDITOR, SHEETS } from '../workbookFormat';

/**
 * Refresh findings: reads the question set, indicators, settings, every Audit row, the Escalations table
 * and the Samples, Not audited, Moderation and Resolutions tables (for Sample and coverage, Progress and
 * Moderation agreement); works the findings out with the engine; and rewrites the Findings and Data quality sheets from
 * scratch, touching nothing else. Two or three round trips for an audit of any usual size (one to read
 * definitions and the first rows, one for the rest of the rows and what the last refresh left, one to
 * write), more only where Excel on the web's 5 MB limit needs the rows or the writes in pieces.
 */
export async function refreshFindings(host: ExcelHost, options: RefreshOptions = {}): Promise<RefreshReport> {
  const progress = options.onProgress ?? ((): void => undefined);
  const now = (options.now ?? (() => new Date()))();
  const refreshedAt = refreshedAtText(now);
  return host.run(async (context) => {
    progress('Reading the question set and the first cases', 0);
    const definitions = queueDefinitions(context);
    const escalationsRead = queueEscalations(context);
    const planningRead = queuePlanningTables(context);
    const probeRead = queueAuditProbe(context);
    const existing = queueReportSheets(context, [FINDINGS_SHEET, DATA_QUALITY_SHEET]);
    await context.sync();
    const { questionSet, indicators, indicatorErrors } = parseDefinitions(
      definitions(),
      'there is nothing to count',
    );
    const pairs = crossTabPairs(questionSet);
    const acc = createFindingsAccumulator(questionSet, indicators, {
      now,
      ...(options.includeInProgress === undefined ? {} : { includeInProgress: options.includeInProgress }),
    });
    const probe = probeRead() ?? (await auditLayoutWithoutTable(context));
    const codec = createCodec(questionSet);
    const decoder = new AuditRowDecoder(probe.layout, codec);
    const caseRows = new AuditCaseRows(probe.layout.header);
    const planningTables = planningRead();
    const moderated = new ModeratedFirstAudits(planningTables.moderation, codec);
    const auditorAt = findColumn(probe.layout.header, AUDITOR);
    const total = Math.max(1, probe.layout.rowCount);
    const take = (rows: readonly (readonly CellValue[])[], start: number): void => {
      rows.forEach((row, i) => {
        const record = decoder.decode(row, start + i);
        if (record === null) return;
        acc.add(record);
        caseRows.add(row, record);
        moderated.add(record.id, record.answers, () => (auditorAt < 0 ? '' : textOf(row[auditorAt])));
      });
      progress('Counting the cases', 0.1 + (0.6 * (start + rows.length)) / total);
    };
    take(probe.firstRows, 0);
    const state = existing();
    await readRemainingRows(context, probe, take, state.queue);
    const counted = acc.finish();
    const crossTabs: CrossTab[] = [];
    const warnings: SheetIssue[] = [
      ...counted.warnings,
      ...indicatorErrors,
      ...pairs.issues,
      ...decoder.warnings,
    ];
    for (const [row, column] of pairs.pairs) {
      const tab = crossTab(counted, row, column);
      if (typeof tab === 'string') warnings.push({ sheet: SHEETS.settings, cell: '', message: tab });
      else crossTabs.push(tab);
    }
    const findings: Findings = { ...counted, crossTabs, warnings };
    const escalations = escalationsRead();
    const cases = caseRows.rows();
    const { samples, notAudited, moderation, resolutions } = planningTables;
    const moderationRecords = moderationRecordsOf(moderated.audits(), moderation, resolutions, codec);
    const sheets = findingsReport(findings, {
      refreshedAt,
      audience: 'team',
      ...(escalations === undefined ? {} : { escalations }),
      ...(cases === undefined
        ? {}
        : { planning: planningRecordsOf(cases, samples, notAudited, moderationRecords) }),
    });
    progress('Writing the Findings and Data quality sheets', 0.75);
    await writeReport(context, sheets, state.result(), FINDINGS_SHEET);
    progress('Done', 1);
    const charts = sheets.reduce((n, s) => n + s.charts.length, 0);
    return { findings, sheets: sheets.map((s) => s.name), charts, refreshedAt, warnings };
  });
}

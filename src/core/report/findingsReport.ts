import type { Findings } from '../findings/Findings';
import { aboutThisCopySheet } from './aboutThisCopySheet';
import { coverageOf } from './coverageOf';
import { coverageSection } from './coverageSection';
import { crossTabSection } from './crossTabSection';
import { dataQualitySheet } from './dataQualitySheet';
import type { EscalationRow } from './EscalationRow';
import { escalationSection } from './escalationSection';
import { headingSection } from './headingSection';
import { indicatorSection } from './indicatorSection';
import type { PlanningRecords } from './PlanningRecords';
import { moderationSection } from './moderationSection';
import { progressSection } from './progressSection';
import { questionSection } from './questionSection';
import type { ReportSheet } from './ReportSheet';
import { SheetBuilder } from './SheetBuilder';
import { TableNames } from './tableName';

export const FINDINGS_SHEET = 'Findings';

/**
 * Labels in A, figures in B-D, sentences in E. The open disagreements put a Case ID in B and both answers in
 * C and D, wrapped: B fits a usual Case ID on one line, C and D any choice label in two.
 */
export const FINDINGS_COLUMN_WIDTHS: readonly number[] = [48, 12, 20, 20, 90];

export interface FindingsReportMeta {
  /** When the findings were worked out, as the reader should see it, e.g. "2023-02-06 10:30". */
  readonly refreshedAt: string;
  /**
   * 'team': Findings and Data quality sheets, for the audit team inside the workbook. 'board': About this copy
   * and Findings only, with no case identifiers, auditor names or free text; the caller computes the findings
   * with suppression on.
   */
  readonly audience: 'team' | 'board';
  /** Rows of the Escalations table; the summary is left out when not given. */
  readonly escalations?: readonly EscalationRow[];
  /**
   * The Audit rows' statuses and auditors, the Not audited marks and the Samples table's draws: the Sample
   * and coverage section (both audiences), the Progress board (team only) and Moderation agreement (per
   * question on the board). Left out when not given.
   */
  readonly planning?: PlanningRecords;
}

/**
 * The findings laid out once as sheets of cells, tables, charts and links, for every writer (the Excel
 * Findings sheet, the command line's .xlsx, the board copy). Pure: the same findings give the same sheets.
 * Counts print `n` (which may be 'c'), never `cases.size`; percent cells hold fractions with a percent format.
 */
export function findingsReport(findings: Findings, meta: FindingsReportMeta): ReportSheet[] {
  const board = meta.audience === 'board';
  const names = new TableNames();
  const b = new SheetBuilder(FINDINGS_SHEET);
  headingSection(b, findings, meta.refreshedAt, board, names);
  const coverage =
    meta.planning === undefined
      ? undefined
      : coverageOf(meta.planning, findings.settings.includeInProgress, meta.escalations);
  if (coverage !== undefined) coverageSection(b, findings, coverage, board, names);
  indicatorSection(b, findings, names);
  for (const q of findings.questions) questionSection(b, findings, q, names);
  for (const tab of findings.crossTabs) crossTabSection(b, findings, tab, names);
  if (meta.escalations !== undefined)
    escalationSection(b, meta.escalations, board ? findings.settings.suppressionThreshold : null, names);
  if (coverage !== undefined && !board) progressSection(b, coverage, meta.escalations !== undefined, names);
  if (meta.planning?.moderation !== undefined)
    moderationSection(b, findings, meta.planning.moderation, board, names);
  const findingsSheet = b.build(FINDINGS_COLUMN_WIDTHS);
  if (board) return [aboutThisCopySheet(findings, meta.refreshedAt), findingsSheet];
  return [findingsSheet, dataQualitySheet(findings, meta.refreshedAt, names)];
}

/**
 * One row of the Escalations table as the findings summary needs it. The reason and who raised it stay in
 * the workbook: the summary counts rows by status and never prints them.
 */
export interface EscalationRow {
  readonly caseId: string;
  readonly status: string;
}

import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { auditRows, planningWith, type PlanningFixture } from '../planning/planningFixture';
import { auditHeader, fillCases } from './findingsFixture';

export interface ModeratedFixture extends PlanningFixture {
  /** The cases drawn for moderation, in draw order. */
  readonly moderated: readonly string[];
  /** Each case's auditor, by Case ID. */
  readonly auditorOf: ReadonlyMap<string, string>;
}

/** A row of the Audit sheet by Case ID: its cells by column name. */
export function auditCells(workbook: SimWorkbook, caseId: string): Map<string, unknown> {
  const header = auditHeader(workbook);
  const rows = workbook.getValues('Audit', `A3:${'A'}200`);
  const at = rows.findIndex((r) => r[0] === caseId);
  const row = workbook.getValues('Audit', `A${at + 3}:ZZ${at + 3}`)[0]!;
  return new Map(header.map((name, i) => [name, row[i]]));
}

/**
 * Ten cases drawn for Asha and Ben (or `people.auditors`) and completed with the seed report's answers;
 * `share` of them drawn by the lead for Mo (or `people.moderator`) to moderate, who then types the first auditor's select answers into the Moderation table (as if
 * she agreed everywhere). Tests change some answers through saveModerationAnswer and complete the cases.
 */
export async function moderatedAudit(
  share = 0.5,
  people: { auditors?: string[]; moderator?: string } = {},
): Promise<ModeratedFixture> {
  const fixture = await planningWith();
  const draw = await fixture.planning.drawSample({ kind: 'total', size: 10 }, 'm', 'Lead', {
    auditors: people.auditors ?? ['Asha', 'Ben'],
  });
  if (draw.kind !== 'drawn') throw new Error(JSON.stringify(draw.problems));
  await fillCases(fixture.workbook, 10);
  const drawn = await fixture.planning.drawModeration(share, 'moderation', 'Lead', {
    moderator: people.moderator ?? 'Mo',
  });
  if (drawn.kind !== 'drawn') throw new Error(JSON.stringify(drawn.problems));
  const header = fixture.workbook.getValues('Moderation', 'A1:Z1')[0]!.map(String);
  const rows = fixture.workbook.getValues('Moderation', `A2:Z${drawn.caseIds.length + 1}`);
  const copied = rows.map((row) => {
    const first = auditCells(fixture.workbook, String(row[0]));
    return header.map((name, i) => (i < 3 ? row[i] : (first.get(name) ?? '')));
  });
  await fixture.workbook.setValues('Moderation', 'A2', copied as never);
  const auditorOf = new Map(auditRows(fixture).map((r) => [r.id, r.auditor]));
  return { ...fixture, moderated: drawn.caseIds, auditorOf };
}

/** The Findings sheet's rows from the one whose first cell is `first`, down to the next blank one. */
export function findingsBlock(workbook: SimWorkbook, first: string): unknown[][] {
  const rows = workbook.getValues('Findings', 'A1:H3000');
  const out: unknown[][] = [];
  for (let i = rows.findIndex((r) => r[0] === first); i >= 0 && rows[i]?.[0]; i++) out.push(rows[i]!);
  return out;
}

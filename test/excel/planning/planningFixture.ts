import type { CellScalar } from '../../../src/excel-sim/model/parseInput';
import { AuditPlanning } from '../../../src/excel/planning/AuditPlanning';
import { AUDIT_DAY, auditWith, type Fixture } from '../auditFixture';

export interface PlanningFixture extends Fixture {
  readonly planning: AuditPlanning;
}

/**
 * The seed report's list: 100 cases, K-001 … K-100, the odd ones contacts and the even ones re-referrals,
 * in families of two (K-001 and K-002 are family F-01, …), pasted as the case system exports it: with a
 * title row and a blank row above the header, most recent first.
 */
export function seedCaseList(count = 100): CellScalar[][] {
  const rows: CellScalar[][] = [['Case ID', 'Case type', 'Date received', 'Family ref']];
  for (let i = count; i >= 1; i--) {
    const id = `K-${String(i).padStart(3, '0')}`;
    const family = `F-${String(Math.ceil(i / 2)).padStart(2, '0')}`;
    rows.push([
      id,
      i % 2 === 1 ? 'Contact' : 'Re-referral',
      `2023-01-${String((i % 28) + 1).padStart(2, '0')}`,
      family,
    ]);
  }
  return rows;
}

/** An audit set up from the template with no cases, and the Case list pasted at A3 of its sheet. */
export async function planningWith(list: CellScalar[][] = seedCaseList()): Promise<PlanningFixture> {
  const fixture = await auditWith(0);
  fixture.workbook.addSheet('Case list');
  await fixture.workbook.setValues('Case list', 'A3', list);
  const planning = new AuditPlanning(fixture.workbook.host(), { now: () => AUDIT_DAY });
  return { ...fixture, planning };
}

/** The Audit table's Case ID and Auditor cells, row by row (blank rows left out). */
export function auditRows(fixture: Fixture): { id: string; auditor: string; status: string }[] {
  const values = fixture.workbook.getValues('Audit', 'A3:C200010');
  return values
    .filter((r) => r[0] !== null && r[0] !== '')
    .map((r) => ({ id: String(r[0]), auditor: String(r[1] ?? ''), status: String(r[2] ?? '') }));
}

import { auditTemplate } from '../../../src/core/template/auditTemplate';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { AuditWorkbook } from '../../../src/excel/AuditWorkbook';
import type { CellScalar } from '../../../src/excel-sim/model/parseInput';
import { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { columnLetters } from '../../../src/core/sheets/cellAddress';

/** A fixed clock: 6 February 2023, 10:30 local time. */
export const BOARD_DAY = new Date(2023, 1, 6, 10, 30);

export interface SeedCase {
  readonly id: string;
  readonly auditor: string;
  /** Free text written into escalation_reason and auditor_comments. */
  readonly note: string;
  readonly status: 'Complete' | 'In progress' | 'Not started';
}

/** A small deterministic generator, so a failing case can be reproduced from its seed. */
export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/**
 * An audit workbook set up from the built-in template, with one Audit row per case holding seed-like
 * answers (choice labels, dates, the free-text note as the escalation reason and comments), pasted in as
 * an auditor working without the pane would ('' leaves a cell blank).
 */
export async function seededAudit(cases: readonly SeedCase[], seed = 1): Promise<SimWorkbook> {
  const workbook = new SimWorkbook();
  const audit = new AuditWorkbook(workbook.host(), { now: () => BOARD_DAY });
  const setUp = await audit.setUp({ template: auditTemplate });
  if (setUp.issues.length > 0) throw new Error(setUp.issues.map((i) => i.message).join('\n'));
  await audit.addCases(cases.map((c) => ({ caseId: c.id, auditor: c.auditor })));
  const header = workbook.getValues('Audit', 'A2:AZ2')[0]!.map((h) => (h === null ? '' : String(h)));
  const width = header.indexOf('') < 0 ? header.length : header.indexOf('');
  const { questionSet } = loadTemplate();
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const rows: CellScalar[][] = cases.map((c) =>
    header.slice(0, width).map((name) => {
      if (name === 'Status') return c.status;
      if (name === 'Saved by') return c.auditor;
      const q = questionSet.questions.find((x) => x.name === name);
      if (q === undefined) return '';
      if (q.type === 'select_one') return pick(q.choices).label;
      if (q.type === 'dateTime') return 44963 + (name === 'date_screened' ? 0.5 + next() * 2 : 0);
      if (q.type === 'text') return c.note;
      return '';
    }),
  );
  // Case ID and Auditor are already there; write every other column from C.
  const firstRow = 3;
  await workbook.setValues(
    'Audit',
    `C${firstRow}:${columnLetters(width)}${firstRow + rows.length - 1}`,
    rows.map((r) => r.slice(2)),
  );
  return workbook;
}

/** 66 Complete cases and 14 Not started, like the seed report's 80 rows with 66 audited. */
export function seedCases(make: (i: number) => { id: string; auditor: string; note: string }): SeedCase[] {
  return Array.from({ length: 80 }, (_, i) => ({ ...make(i), status: i < 66 ? 'Complete' : 'Not started' }));
}

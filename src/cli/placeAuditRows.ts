import { caseKey } from '../core/sampling/caseKey';
import { cellAddress } from '../core/sheets/cellAddress';
import type { CellValue } from '../core/sheets/SheetData';
import { findColumn } from '../excel/headerRow';
import { qualifiedAddress } from '../excel/qualifiedAddress';
import type { MergePlan } from './combineAudits';

const blank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** Where each case of the combined workbook sits on its Audit sheet: the worksheet row, by caseKey. */
export interface AuditPlacement {
  readonly rowOf: ReadonlyMap<string, number>;
  /** The first row of the new cases, under the base's last case. */
  readonly firstNewRow: number;
  /** The case's cell in a column of the combined Audit sheet, e.g. "Audit!H7"; '' when there is no such column. */
  cellOf(caseId: string, column: string): string;
}

/**
 * Base rows stay where they are; new cases go under the last case, into trailing blank rows first (a new
 * Audit table holds one), in the order they were merged. The dry run and the written copy share this, so the
 * cells a dry run names are the cells the copy will have.
 */
export function placeAuditRows(plan: MergePlan): AuditPlacement {
  const { audit } = plan.base;
  let last = audit.rows.length;
  while (last > 0 && audit.rows[last - 1]!.cells.every((c) => blank(c))) last--;
  const firstNewRow = audit.headerRow + 1 + last;
  const rowOf = new Map(plan.base.rowOf);
  let next = firstNewRow;
  for (const row of plan.rows) if (row.addedFrom !== null) rowOf.set(caseKey(row.caseId), next++);
  return {
    rowOf,
    firstNewRow,
    cellOf: (caseId, column) => {
      const row = rowOf.get(caseKey(caseId));
      const at = findColumn(audit.header, column);
      if (row === undefined || at < 0) return '';
      return qualifiedAddress(audit.sheet, cellAddress(row, audit.firstColumn + at));
    },
  };
}

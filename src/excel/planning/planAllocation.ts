import type { AllocationCase, Allocation } from '../../core/allocation/Allocation';
import { allocateCases } from '../../core/allocation/allocateCases';
import { caseKey } from '../../core/sampling/caseKey';
import { findColumn, type CaseListRow } from '../../core/sampling/CaseListRow';

export interface AllocationRequest {
  readonly auditors: readonly string[];
  /** The Case list column with the family or household reference; its cases stay with one auditor. */
  readonly familyColumn?: string;
  /** Ties between equally loaded auditors follow a seeded order instead of the list's. */
  readonly seed?: string;
}

export interface AuditCase {
  readonly id: string;
  readonly auditor: string;
}

/**
 * The core's allocation over every case of the audit (rows already there and rows being added), families
 * taken from the Case list by Case ID. A case the Case list does not have (typed into Audit by hand) is a
 * family of its own. Cases already allocated keep their auditor.
 */
export function planAllocation(
  cases: readonly AuditCase[],
  caseList: readonly CaseListRow[],
  columns: readonly string[],
  request: AllocationRequest,
): Allocation {
  let column: string | undefined;
  if (request.familyColumn !== undefined) {
    column = findColumn(columns, request.familyColumn);
    if (column === undefined)
      return {
        kind: 'refused',
        problems: [
          {
            message: `The Case list has no "${request.familyColumn}" column for families (its columns are ${columns.join(', ')}): choose the family or household reference column, or none.`,
          },
        ],
      };
  }
  const byKey = new Map(caseList.map((row) => [caseKey(row.id), row]));
  const toAllocate: AllocationCase[] = cases.map((c) => {
    const row = byKey.get(caseKey(c.id));
    if (column === undefined) return { id: c.id };
    const family = row?.values.get(column) ?? '';
    const cell = row?.cells.get(column);
    return cell === undefined || row === undefined
      ? { id: c.id, values: new Map([[column, family]]) }
      : { id: c.id, values: new Map([[column, family]]), cells: new Map([[column, cell]]), sheet: row.sheet };
  });
  const allocated = new Map(cases.filter((c) => c.auditor.trim() !== '').map((c) => [c.id, c.auditor]));
  return allocateCases(toAllocate, request.auditors, {
    ...(column === undefined ? {} : { familyColumn: column }),
    allocated,
    ...(request.seed === undefined ? {} : { seed: request.seed }),
  });
}

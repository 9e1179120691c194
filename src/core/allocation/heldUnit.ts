import { caseKey } from '../sampling/caseKey';
import type { Problem } from '../sampling/Problem';
import type { AllocationCase } from './Allocation';
import type { FamilyUnit } from './familyUnits';

const where = (c: AllocationCase, column: string | undefined) =>
  (column === undefined ? undefined : c.cells?.get(column)) ?? c.cells?.values().next().value ?? c.id;

/**
 * The auditor a unit already belongs to, or null when none of its cases is allocated. A family split
 * between auditors is reported and left as it is; its unallocated cases join the auditor holding most of
 * it (ties: earlier in the auditor list, then unlisted names in text order), so no new split is made.
 * The holder may be someone no longer in the list: the family stays with them (allocateCases says so).
 */
export function heldUnit(
  unit: FamilyUnit,
  existing: ReadonlyMap<string, string>,
  auditors: readonly string[],
  column: string | undefined,
  notes: Problem[],
): string | null {
  const holders = new Map<string, { name: string; cases: AllocationCase[] }>();
  for (const c of unit.cases) {
    const auditor = existing.get(caseKey(c.id));
    if (auditor === undefined) continue;
    const h = holders.get(caseKey(auditor));
    if (h === undefined) holders.set(caseKey(auditor), { name: auditor.trim(), cases: [c] });
    else h.cases.push(c);
  }
  if (holders.size === 0) return null;
  const rank = (key: string) => {
    const i = auditors.findIndex((a) => caseKey(a) === key);
    return i < 0 ? auditors.length : i;
  };
  const [, top] = [...holders].sort(
    ([ka, a], [kb, b]) =>
      b.cases.length - a.cases.length || rank(ka) - rank(kb) || (ka < kb ? -1 : ka > kb ? 1 : 0),
  )[0]!;
  const sheet = unit.cases[0]!.sheet;
  const at = sheet === undefined ? {} : { sheet, cell: where(top.cases[0]!, column) };
  if (holders.size > 1) {
    const parts = [...holders.values()].map((h) => `${h.name} (${h.cases.map((c) => c.id).join(', ')})`);
    notes.push({
      ...at,
      message: `Family "${unit.family}" is already split between ${parts.join(' and ')}: nothing was moved. Agree who keeps the family and change the Auditor cells; its unallocated cases went to ${top.name}.`,
    });
  }
  return top.name;
}

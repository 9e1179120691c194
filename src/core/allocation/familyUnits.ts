import { caseKey } from '../sampling/caseKey';
import type { AllocationCase } from './Allocation';

/** Cases that must go to one auditor: a family (same reference, ignoring case and spaces) or a lone case. */
export interface FamilyUnit {
  /** The reference as first written; '' for a case with no family. */
  readonly family: string;
  readonly cases: readonly AllocationCase[];
  /** The smallest caseKey in the unit: the documented tie-breaker between units of one size. */
  readonly firstKey: string;
}

export function familyUnits(
  cases: readonly AllocationCase[],
  familyColumn: string | undefined,
): FamilyUnit[] {
  const units: { family: string; cases: AllocationCase[] }[] = [];
  const byFamily = new Map<string, { family: string; cases: AllocationCase[] }>();
  for (const c of cases) {
    const family = familyColumn === undefined ? '' : (c.values?.get(familyColumn) ?? '').trim();
    const key = caseKey(family);
    const unit = key === '' ? undefined : byFamily.get(key);
    if (unit !== undefined) unit.cases.push(c);
    else {
      const fresh = { family, cases: [c] };
      units.push(fresh);
      if (key !== '') byFamily.set(key, fresh);
    }
  }
  return units.map((u) => {
    if (u.cases.length === 1) return { family: u.family, cases: u.cases, firstKey: caseKey(u.cases[0]!.id) };
    const keyed = u.cases.map((c) => ({ c, key: caseKey(c.id) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { family: u.family, cases: keyed.map((k) => k.c), firstKey: keyed[0]!.key };
  });
}

import { caseKey, sortCaseIds } from '../sampling/caseKey';
import { findColumn } from '../sampling/CaseListRow';
import type { Problem } from '../sampling/Problem';
import type { AllocateOptions, Allocation, AllocationCase } from './Allocation';
import { auditorOrder } from './auditorOrder';
import { checkAuditors } from './checkAuditors';
import { familyUnits, type FamilyUnit } from './familyUnits';
import { heldUnit } from './heldUnit';

/** Up to ten IDs, then how many more: a note must stay readable when a departed auditor held hundreds. */
const listSome = (ids: readonly string[]) =>
  ids.length <= 10 ? ids.join(', ') : `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more`;

function inputProblems(
  cases: readonly AllocationCase[],
  auditors: readonly string[],
  options: AllocateOptions,
) {
  const problems: Problem[] = checkAuditors(auditors);
  const seen = new Set<string>();
  for (const c of cases) {
    const key = caseKey(c.id);
    if (key === '')
      problems.push({ message: 'A case to allocate has no Case ID: fill in the Case ID first.' });
    else if (seen.has(key))
      problems.push({
        message: `Case ${c.id} is in the cases to allocate twice: each case must be listed once.`,
      });
    seen.add(key);
  }
  const first = cases[0];
  let column: string | undefined;
  if (options.familyColumn !== undefined && first !== undefined) {
    column = findColumn(first.values?.keys() ?? [], options.familyColumn);
    if (column === undefined)
      problems.push({
        message: `There is no "${options.familyColumn}" column for families: choose the family or household reference column, or none.`,
      });
  }
  return { problems, column };
}

/**
 * Shares cases among auditors. Units (a family, or a lone case) already touched by an auditor stay with
 * that auditor; the rest go largest first (ties: smallest Case ID) to the least-loaded listed auditor
 * (ties: auditorOrder). Each step adds a unit of size s to an auditor at the minimum load, so the spread
 * max − min never grows past max(its value after the held units, the largest free unit): with nothing
 * allocated beforehand, the auditors' loads differ by at most the largest family.
 */
export function allocateCases(
  cases: readonly AllocationCase[],
  auditors: readonly string[],
  options: AllocateOptions = {},
): Allocation {
  const { problems, column } = inputProblems(cases, auditors, options);
  if (problems.length > 0) return { kind: 'refused', problems };
  const listed = new Map(auditors.map((name) => [caseKey(name), name.trim()]));
  const existing = new Map<string, string>();
  for (const [id, auditor] of options.allocated ?? [])
    if (caseKey(auditor) !== '') existing.set(caseKey(id), auditor);
  const load = new Map([...listed.keys()].map((k) => [k, 0]));
  const assignments = new Map<string, string>();
  const newly: string[] = [];
  const notes: Problem[] = [];
  const free: FamilyUnit[] = [];
  const assign = (c: AllocationCase, auditor: string, isNew: boolean) => {
    assignments.set(c.id, auditor);
    if (isNew) newly.push(c.id);
    const key = caseKey(auditor);
    const n = load.get(key);
    if (n !== undefined) load.set(key, n + 1);
  };
  for (const unit of familyUnits(cases, column)) {
    const held = heldUnit(unit, existing, auditors, column, notes);
    if (held === null) free.push(unit);
    else
      for (const c of unit.cases) {
        const had = existing.get(caseKey(c.id));
        assign(c, had ?? listed.get(caseKey(held)) ?? held, had === undefined);
      }
  }
  const order = auditorOrder([...listed.keys()], options.seed);
  free.sort(
    (a, b) =>
      b.cases.length - a.cases.length || (a.firstKey < b.firstKey ? -1 : a.firstKey > b.firstKey ? 1 : 0),
  );
  for (const unit of free) {
    let best = order[0]!;
    for (const key of order) if (load.get(key)! < load.get(best)!) best = key;
    for (const c of unit.cases) assign(c, listed.get(best)!, true);
  }
  const byAuditor = new Map(
    [...listed.keys()].map((k) => [k, { auditor: listed.get(k)!, caseIds: [] as string[] }]),
  );
  for (const [id, auditor] of assignments) {
    const key = caseKey(auditor);
    if (!byAuditor.has(key)) byAuditor.set(key, { auditor: auditor.trim(), caseIds: [] });
    byAuditor.get(key)!.caseIds.push(id);
  }
  for (const [key, entry] of byAuditor) {
    entry.caseIds = sortCaseIds(entry.caseIds);
    if (!listed.has(key))
      notes.push({
        message: `${entry.auditor} holds ${entry.caseIds.length} of these cases (${listSome(entry.caseIds)}) but is not in the auditor list: they stay with ${entry.auditor}, who gets no new cases. Add ${entry.auditor} to the list, or reallocate those cases by hand.`,
      });
  }
  return {
    kind: 'allocated',
    assignments,
    byAuditor: [...byAuditor.values()],
    newlyAllocated: sortCaseIds(newly),
    notes,
  };
}

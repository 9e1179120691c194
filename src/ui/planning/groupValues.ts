import { caseKey } from '../../core/sampling/caseKey';
import type { CaseListRow } from '../../core/sampling/CaseListRow';

export interface GroupValue {
  /** The value as first spelt in the Case list ('' for blank cells). */
  readonly value: string;
  readonly count: number;
}

/**
 * The values of a Case list column with how many cases have each, grouped as the draw groups them
 * (trimmed, case ignored) and in the draw's group order, so the pane offers exactly the groups it can draw.
 */
export function groupValues(cases: readonly CaseListRow[], column: string): GroupValue[] {
  const groups = new Map<string, { value: string; count: number }>();
  for (const row of cases) {
    const value = (row.values.get(column) ?? '').trim();
    const key = caseKey(value);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { value, count: 1 });
    else group.count++;
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

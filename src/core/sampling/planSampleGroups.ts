import { caseKey, compareCaseIds, sortCaseIds } from './caseKey';
import { findColumn, type CaseListRow } from './CaseListRow';
import type { Problem } from './Problem';
import type { SampleRequest } from './SampleResult';

/** A group to draw from: its population's Case IDs sorted (compareCaseIds) and how many to draw. */
export interface PlannedGroup {
  readonly value: string;
  readonly ids: readonly string[];
  readonly size: number;
}

function sizeProblem(size: number, what: string): Problem | null {
  if (Number.isInteger(size) && size >= 1) return null;
  return { message: `The sample size ${what} must be a whole number of 1 or more, not ${size}.` };
}

const sortedIds = (rows: readonly CaseListRow[]) => sortCaseIds(rows.map((r) => r.id));

/**
 * Checks the request against the population and lays out the groups in draw order: groups by caseKey of
 * their value (code-unit order), each population sorted by Case ID, so the export's row order never matters.
 */
export function planSampleGroups(
  cases: readonly CaseListRow[],
  request: SampleRequest,
  problems: Problem[],
): PlannedGroup[] {
  if (request.kind === 'total') {
    const bad = sizeProblem(request.size, 'to draw');
    if (bad !== null) problems.push(bad);
    else if (request.size > cases.length)
      problems.push({
        message: `The Case list has ${cases.length} cases, fewer than the ${request.size} asked for: ask for at most ${cases.length}, or add the missing cases to the Case list.`,
      });
    return [{ value: '', ids: sortedIds(cases), size: request.size }];
  }
  const first = cases[0];
  const column = first === undefined ? undefined : findColumn(first.values.keys(), request.column);
  if (column === undefined) {
    const known =
      first === undefined
        ? 'the Case list has no cases'
        : `its columns are ${[...first.values.keys()].join(', ')}`;
    problems.push({
      message: `There is no "${request.column}" column to group by (${known}): choose one of its columns.`,
    });
    return [];
  }
  const byValue = new Map<string, CaseListRow[]>();
  const shown = new Map<string, string>();
  for (const row of cases) {
    const value = row.values.get(column) ?? '';
    const key = caseKey(value);
    if (!shown.has(key)) shown.set(key, value === '' ? '(blank)' : value);
    const rows = byValue.get(key);
    if (rows === undefined) byValue.set(key, [row]);
    else rows.push(row);
  }
  const present = [...shown.entries()].map(([k, v]) => `${v} (${byValue.get(k)!.length})`).join(', ');
  const requested = Object.entries(request.sizes);
  if (requested.length === 0)
    problems.push({ message: `Say how many cases to draw for at least one value of ${column}: ${present}.` });
  const groups: PlannedGroup[] = [];
  const seen = new Map<string, string>();
  for (const [value, size] of requested) {
    const key = caseKey(value);
    const twin = seen.get(key);
    if (twin !== undefined) {
      problems.push({ message: `"${twin}" and "${value}" are the same ${column}: give its size once.` });
      continue;
    }
    seen.set(key, value);
    const bad = sizeProblem(size, `for ${column} "${value}"`);
    if (bad !== null) problems.push(bad);
    const rows = byValue.get(key) ?? [];
    if (rows.length === 0)
      problems.push({
        message: `No case has ${column} "${value}": the values there are ${present}. Check the spelling.`,
      });
    else if (bad === null && size > rows.length)
      problems.push({
        message: `Only ${rows.length} cases have ${column} "${value}", fewer than the ${size} asked for: ask for at most ${rows.length}, or add the missing cases to the Case list.`,
      });
    groups.push({ value, ids: sortedIds(rows), size });
  }
  return groups.sort((a, b) => compareCaseIds(a.value, b.value));
}

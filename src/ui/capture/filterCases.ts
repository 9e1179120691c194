import type { CaseSummary } from '../../core/cases/CaseStore';

export interface CaseFilter {
  /** Part of a Case ID, any case. */
  readonly query: string;
  /** Only cases assigned to this auditor (compared without case or surrounding spaces); null for everyone's. */
  readonly mine: string | null;
  readonly notComplete: boolean;
}

export function filterCases(cases: readonly CaseSummary[], filter: CaseFilter): CaseSummary[] {
  const query = filter.query.trim().toLowerCase();
  const mine = filter.mine?.trim().toLowerCase() ?? null;
  return cases.filter(
    (c) =>
      c.caseId.toLowerCase().includes(query) &&
      (mine === null || c.auditor.trim().toLowerCase() === mine) &&
      (!filter.notComplete || c.status !== 'Complete'),
  );
}

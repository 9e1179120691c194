import type { CaseListRow } from '../sampling/CaseListRow';
import type { Problem } from '../sampling/Problem';

/** A case to allocate: a Case list row, or anything with an ID and (for families) its columns. */
export type AllocationCase = Pick<CaseListRow, 'id'> &
  Partial<Pick<CaseListRow, 'values' | 'cells' | 'sheet'>>;

export interface AllocateOptions {
  /** The family or household reference column: its cases stay with one auditor. Blank = a unit on its own. */
  readonly familyColumn?: string;
  /** Cases already allocated, Case ID → auditor. They are never moved. */
  readonly allocated?: ReadonlyMap<string, string>;
  /** When given, ties between equally loaded auditors follow a seeded order instead of the list's. */
  readonly seed?: string;
}

export interface AuditorCases {
  readonly auditor: string;
  /** All the auditor's cases, already allocated ones included, sorted by Case ID. */
  readonly caseIds: readonly string[];
}

export type Allocation =
  | {
      readonly kind: 'allocated';
      /** Case ID → auditor for every case; an already-allocated case keeps its Auditor text exactly. */
      readonly assignments: ReadonlyMap<string, string>;
      /** The listed auditors in list order, then any auditor holding cases who is not listed. */
      readonly byAuditor: readonly AuditorCases[];
      /** Cases that had no auditor and now have one, sorted by Case ID. */
      readonly newlyAllocated: readonly string[];
      /** Things the lead should know, e.g. a family already split between two auditors. */
      readonly notes: readonly Problem[];
    }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

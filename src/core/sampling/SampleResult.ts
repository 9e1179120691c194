import type { Problem } from './Problem';

export type SampleRequest =
  | { readonly kind: 'total'; readonly size: number }
  | {
      readonly kind: 'perGroup';
      /** A Case list header (matched ignoring case, spaces and underscores). */
      readonly column: string;
      /** How many to draw for each value of the column, e.g. { Contact: 40, 'Re-referral': 40 }. */
      readonly sizes: Readonly<Record<string, number>>;
    };

/** Names this exact procedure; a change to any step must change it, so old records say how they were drawn. */
export const SAMPLE_ALGORITHM = 'cyrb128-sfc32-fisher-yates/1';

export interface SampleGroup {
  /** The group's value as the request spelled it. */
  readonly value: string;
  readonly population: number;
  readonly size: number;
  /** Case IDs drawn from this group, in draw order. */
  readonly caseIds: readonly string[];
}

export interface DrawnSample {
  readonly kind: 'drawn';
  readonly seed: string;
  readonly algorithm: typeof SAMPLE_ALGORITHM;
  readonly request: SampleRequest;
  /** The method in words, for the workbook's record, e.g. "80 of 100 cases at random". */
  readonly method: string;
  readonly population: number;
  /** One per requested group, in draw order; empty for a total sample. */
  readonly groups: readonly SampleGroup[];
  /** ISO 8601 time of the draw, from the injected clock. */
  readonly drawnAt: string;
  readonly drawnBy: string;
  /** Every drawn Case ID, in draw order (groups one after another). */
  readonly caseIds: readonly string[];
  /** The drawn cases that are not in the Audit sheet yet: the rows to add, in draw order. */
  readonly newCaseIds: readonly string[];
  /** Drawn cases the Audit sheet already has: left as they are, never added twice. */
  readonly alreadyInAudit: readonly string[];
}

export type SampleResult = DrawnSample | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

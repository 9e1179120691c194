import type { DateValue, Value } from '../expr/Value';

/**
 * A typed answer, decoded from a cell: a select_one is its choice name, a select_multiple its choice
 * names, numbers are numbers, dates are DateValues, text is text. null is blank.
 */
export type Answer = string | number | readonly string[] | DateValue | null;

/** One case: its identifier and its answers by question name. */
export interface CaseRecord {
  readonly id: string;
  readonly answers: ReadonlyMap<string, Answer>;
  /** Cells that could not be decoded, by question name, with why: reported as invalid values. */
  readonly invalid?: ReadonlyMap<string, string>;
  /** A1 address of each answer's cell, by question name, so issues can point at it. */
  readonly cells?: ReadonlyMap<string, string>;
  /** Sheet the cells are on (normally "Audit"). */
  readonly sheet?: string;
}

export type CaseIssueKind =
  'required' | 'constraint' | 'invalid' | 'not-applicable-answered' | 'calculation-mismatch';

export interface CaseIssue {
  readonly kind: CaseIssueKind;
  readonly question: string;
  /** What is wrong and what to do, in plain words; where it is travels in `sheet` and `cell`. */
  readonly message: string;
  /** The answer's sheet, when the record says (record.sheet). */
  readonly sheet?: string;
  /** The answer's A1 address, when the record says (record.cells). */
  readonly cell?: string;
}

export interface CaseEvaluation {
  /** Relevant question and group names (a question inside an irrelevant group is not relevant). */
  readonly relevant: ReadonlySet<string>;
  /** Expression values of every question for this case (not-relevant ones are ''), calculations computed. */
  readonly values: ReadonlyMap<string, Value>;
  /** Calculated values, computed from the answers and never trusted from stored cells. */
  readonly calculations: ReadonlyMap<string, Value>;
  readonly issues: readonly CaseIssue[];
}

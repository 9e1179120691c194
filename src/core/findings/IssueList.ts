import type { FindingsIssue } from './Findings';

/**
 * A findings run's data-quality issues, read one at a time. At 100,000 cases a run finds one or two issues
 * a case; as objects they were ~14 MB of fresh memory the run itself never reads, where the Findings sheet
 * turns each into a row and the pane shows fifty. A plain array is one too, so fixtures can pass arrays.
 */
export interface IssueList extends Iterable<FindingsIssue> {
  readonly length: number;
  /** Counts from the end when negative, as Array.prototype.at does. */
  at(index: number): FindingsIssue | undefined;
  /** A new array of the issues from `start` up to (not including) `end`, as Array.prototype.slice. */
  slice(start?: number, end?: number): FindingsIssue[];
}

import type { CaseIssueKind } from '../cases/CaseEvaluation';
import type { FindingsIssue } from './Findings';

/** Slots per issue in IssueLog's pending array. */
const SLOTS = 6;

/**
 * A findings run's data-quality issues as cases stream in. At 100,000 cases a run reports one or two issues
 * per case; made into objects as they were found, every one had to be copied and promoted by the garbage
 * collector while the run was still going, which grew the old generation until the whole heap (cell grid
 * included) was marked. Six strings per issue in one flat array are cheap to hold; the objects are built
 * when the findings are asked for, in the order the issues were reported.
 */
export class IssueLog {
  private readonly built: FindingsIssue[] = [];
  /** sheet, cell, caseId, question, kind, message of each issue not yet built. */
  private pending: string[] = [];

  add(
    sheet: string,
    cell: string,
    caseId: string,
    question: string,
    kind: CaseIssueKind,
    message: string,
  ): void {
    this.pending.push(sheet, cell, caseId, question, kind, message);
  }

  /** Every issue so far: the same array each time it is asked for, extended by those reported since. */
  all(): FindingsIssue[] {
    const p = this.pending;
    for (let k = 0; k < p.length; k += SLOTS) {
      this.built.push({
        sheet: p[k]!,
        cell: p[k + 1]!,
        caseId: p[k + 2]!,
        question: p[k + 3]!,
        kind: p[k + 4] as CaseIssueKind,
        message: p[k + 5]!,
      });
    }
    this.pending = [];
    return this.built;
  }
}

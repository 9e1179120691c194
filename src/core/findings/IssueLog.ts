import type { CaseIssueKind } from '../cases/CaseEvaluation';
import type { FindingsIssue } from './Findings';

/** Issues per chunk: fixed-size pieces, so the log never copies itself into a bigger array as it grows. */
const CHUNK = 4096;
/** Strings kept per issue: sheet, cell, case id, question, kind, message. */
const FIELDS = 6;

interface Chunk {
  readonly at: string[];
  count: number;
}

/**
 * A findings run's data-quality issues as cases stream in. At 100,000 cases a run reports one or two issues
 * per case; made into objects as they were found, every one had to be copied and promoted by the garbage
 * collector while the run was still going. Here an issue is its six strings in a fixed-size chunk (grown
 * by push, a flat array's copies set off a full collection in every 100,000-case run), and the objects are
 * built when the findings are asked for, in the order the issues were reported. Nothing is looked up per
 * issue: an earlier version shared each (sheet, question, kind) through a map by question, and that
 * lookup cost more than the rest of recording an issue.
 */
export class IssueLog {
  private readonly built: FindingsIssue[] = [];
  private chunks: Chunk[] = [];
  private last: Chunk | null = null;

  add(
    sheet: string,
    cell: string,
    caseId: string,
    question: string,
    kind: CaseIssueKind,
    message: string,
  ): void {
    let chunk = this.last;
    if (chunk === null || chunk.count === CHUNK) {
      // Made at full size, not grown by push: growing copies would be garbage in the old generation too.
      chunk = { at: new Array<string>(FIELDS * CHUNK).fill(''), count: 0 };
      this.chunks.push(chunk);
      this.last = chunk;
    }
    const at = FIELDS * chunk.count++;
    const strings = chunk.at;
    strings[at] = sheet;
    strings[at + 1] = cell;
    strings[at + 2] = caseId;
    strings[at + 3] = question;
    strings[at + 4] = kind;
    strings[at + 5] = message;
  }

  /** Every issue so far: the same array each time it is asked for, extended by those reported since. */
  all(): FindingsIssue[] {
    for (const chunk of this.chunks) {
      const s = chunk.at;
      for (let at = 0; at < FIELDS * chunk.count; at += FIELDS) {
        this.built.push({
          sheet: s[at]!,
          cell: s[at + 1]!,
          caseId: s[at + 2]!,
          question: s[at + 3]!,
          kind: s[at + 4] as CaseIssueKind,
          message: s[at + 5]!,
        });
      }
    }
    this.chunks = [];
    this.last = null;
    return this.built;
  }
}

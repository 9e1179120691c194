import type { CaseIssueKind } from '../cases/CaseEvaluation';
import type { FindingsIssue } from './Findings';
import type { IssueList } from './IssueList';

/** Issues per chunk: fixed-size pieces, so the log never copies itself into a bigger array as it grows. */
const CHUNK = 4096;
/** Strings kept per issue: sheet, cell, case id, question, kind, message. */
const FIELDS = 6;

/**
 * A findings run's data-quality issues as cases stream in: each issue is its six strings in a fixed-size
 * chunk (a flat array grown by push set off a full collection in every 100,000-case run), and an issue
 * becomes an object only when someone reads it (IssueList). Nothing is looked up per issue: an earlier
 * version shared each (sheet, question, kind) through a map by question, and that lookup cost more than
 * the rest of recording an issue.
 */
export class IssueLog {
  /** Only ever appended to, so a list handed out earlier still reads its own first issues. */
  private readonly chunks: string[][] = [];
  private count = 0;

  add(
    sheet: string,
    cell: string,
    caseId: string,
    question: string,
    kind: CaseIssueKind,
    message: string,
  ): void {
    const within = this.count % CHUNK;
    // Made at full size, not grown by push: growing copies would be garbage in the old generation too.
    if (within === 0) this.chunks.push(new Array<string>(FIELDS * CHUNK).fill(''));
    const strings = this.chunks[this.chunks.length - 1]!;
    const at = FIELDS * within;
    strings[at] = sheet;
    strings[at + 1] = cell;
    strings[at + 2] = caseId;
    strings[at + 3] = question;
    strings[at + 4] = kind;
    strings[at + 5] = message;
    this.count++;
  }

  /** The issues so far, in the order they were reported; later ones are not in this list. */
  all(): IssueList {
    return new LoggedIssues(this.chunks, this.count);
  }
}

/** The first `length` issues of a log. */
class LoggedIssues implements IssueList {
  constructor(
    private readonly chunks: readonly string[][],
    readonly length: number,
  ) {}

  at(index: number): FindingsIssue | undefined {
    const k = Math.trunc(index) + (index < 0 ? this.length : 0);
    return k >= 0 && k < this.length ? this.issue(k) : undefined;
  }

  slice(start = 0, end = this.length): FindingsIssue[] {
    const from = bound(start, this.length);
    const to = bound(end, this.length);
    const out: FindingsIssue[] = [];
    for (let k = from; k < to; k++) out.push(this.issue(k));
    return out;
  }

  *[Symbol.iterator](): Iterator<FindingsIssue> {
    for (let k = 0; k < this.length; k++) yield this.issue(k);
  }

  private issue(k: number): FindingsIssue {
    const s = this.chunks[Math.floor(k / CHUNK)]!;
    const at = FIELDS * (k % CHUNK);
    return {
      sheet: s[at]!,
      cell: s[at + 1]!,
      caseId: s[at + 2]!,
      question: s[at + 3]!,
      kind: s[at + 4] as CaseIssueKind,
      message: s[at + 5]!,
    };
  }
}

/** A slice bound as Array.prototype.slice reads it: negative counts from the end, clamped to the list. */
function bound(index: number, length: number): number {
  const k = Math.trunc(index) || 0;
  return k < 0 ? Math.max(0, length + k) : Math.min(k, length);
}

import type { CaseIssueKind } from '../cases/CaseEvaluation';
import type { FindingsIssue } from './Findings';

/** Issues per chunk: fixed-size pieces, so the log never copies itself into a bigger array as it grows. */
const CHUNK = 4096;

/** What many issues share: a question has few kinds of issue, on one sheet. */
interface IssueKind {
  readonly sheet: string;
  readonly question: string;
  readonly kind: CaseIssueKind;
}

interface Chunk {
  /** caseId, cell and message of each issue. */
  readonly at: string[];
  /** Position in `kinds` of each issue's sheet, question and kind. */
  readonly kinds: Int32Array;
  count: number;
}

/**
 * A findings run's data-quality issues as cases stream in. At 100,000 cases a run reports one or two issues
 * per case; made into objects as they were found, every one had to be copied and promoted by the garbage
 * collector while the run was still going. Held as six strings each in one flat array, the array's growth
 * still added enough to the old generation to set off a full collection, marking the whole heap (cell grid
 * included), in every 100,000-case run. Now an issue is its case id, cell and message plus the number of
 * its (sheet, question, kind), in fixed-size chunks; the objects are built when the findings are asked
 * for, in the order the issues were reported.
 */
export class IssueLog {
  private readonly built: FindingsIssue[] = [];
  private readonly kinds: IssueKind[] = [];
  /** Positions in `kinds` by question (a question has a few kinds of issue at most). */
  private readonly byQuestion = new Map<string, number[]>();
  private chunks: Chunk[] = [];

  add(
    sheet: string,
    cell: string,
    caseId: string,
    question: string,
    kind: CaseIssueKind,
    message: string,
  ): void {
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.count === CHUNK) {
      // Made at full size, not grown by push: growing copies would be garbage in the old generation too.
      chunk = { at: new Array<string>(3 * CHUNK), kinds: new Int32Array(CHUNK), count: 0 };
      this.chunks.push(chunk);
    }
    const k = chunk.count++;
    chunk.at[3 * k] = caseId;
    chunk.at[3 * k + 1] = cell;
    chunk.at[3 * k + 2] = message;
    chunk.kinds[k] = this.kindOf(sheet, question, kind);
  }

  /** Every issue so far: the same array each time it is asked for, extended by those reported since. */
  all(): FindingsIssue[] {
    for (const chunk of this.chunks) {
      for (let k = 0; k < chunk.count; k++) {
        const { sheet, question, kind } = this.kinds[chunk.kinds[k]!]!;
        const caseId = chunk.at[3 * k]!;
        const cell = chunk.at[3 * k + 1]!;
        const message = chunk.at[3 * k + 2]!;
        this.built.push({ sheet, cell, caseId, question, kind, message });
      }
    }
    this.chunks = [];
    return this.built;
  }

  private kindOf(sheet: string, question: string, kind: CaseIssueKind): number {
    let known = this.byQuestion.get(question);
    if (known === undefined) this.byQuestion.set(question, (known = []));
    for (let k = 0; k < known.length; k++) {
      const i = known[k]!;
      const had = this.kinds[i]!;
      if (had.kind === kind && had.sheet === sheet) return i;
    }
    const i = this.kinds.push({ sheet, question, kind }) - 1;
    known.push(i);
    return i;
  }
}

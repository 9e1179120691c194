import type { Answer } from '../core/cases/CaseEvaluation';
import { answerText } from '../core/cases/answerText';
import type { MergePlan, Origin } from './combineAudits';
import type { AuditPlacement } from './placeAuditRows';

export interface MergeSourceJson {
  readonly file: string;
  readonly role: 'base' | 'merged';
  readonly rows: number;
  readonly added: readonly string[];
  readonly filled: readonly { readonly caseId: string; readonly columns: readonly string[] }[];
  readonly conflicts: number;
}

export interface MergeConflictJson {
  readonly caseId: string;
  readonly question: string;
  /** The answer the combined workbook keeps, and where it was read. */
  readonly kept: { readonly answer: string; readonly file: string; readonly cell: string };
  /** The answer that differs, and where it was read. */
  readonly other: { readonly answer: string; readonly file: string; readonly cell: string };
  /** The kept answer's cell in the combined workbook. */
  readonly cell: string;
}

/** What `case-audit merge --json` prints; the text report and the Merge log sheet show the same. */
export interface MergeJson {
  readonly form: { readonly title: string; readonly version: string };
  readonly base: string;
  readonly out: string | null;
  readonly written: boolean;
  readonly sources: readonly MergeSourceJson[];
  readonly totals: {
    readonly cases: number;
    readonly added: number;
    readonly filled: number;
    readonly conflicts: number;
  };
  readonly conflicts: readonly MergeConflictJson[];
}

/** The merge in one plain object: answers as an auditor reads them (choice labels, ISO dates). */
export function mergeJson(plan: MergePlan, placement: AuditPlacement, out: string | null): MergeJson {
  const { questionSet } = plan.base;
  const shown = (question: string, answer: Answer) => answerText(questionSet.byName.get(question), answer);
  const at = (question: string, answer: Answer, origin: Origin) => ({
    answer: shown(question, answer),
    file: origin.file,
    cell: origin.cell,
  });
  const sources = plan.sources.map((s, i): MergeSourceJson => ({
    file: s.file,
    role: i === 0 ? 'base' : 'merged',
    rows: s.rows,
    added: s.added,
    filled: s.updated,
    conflicts: s.conflicts,
  }));
  return {
    form: { title: questionSet.title, version: questionSet.version },
    base: plan.base.file,
    out,
    written: out !== null,
    sources,
    totals: {
      cases: plan.rows.length,
      added: sources.reduce((n, s) => n + s.added.length, 0),
      filled: plan.rows.filter((r) => r.addedFrom === null && r.changed.size > 0).length,
      conflicts: plan.conflicts.length,
    },
    conflicts: plan.conflicts.map((c) => ({
      caseId: c.caseId,
      question: c.question,
      kept: at(c.question, c.kept, c.keptFrom),
      other: at(c.question, c.other, c.otherFrom),
      cell: placement.cellOf(c.caseId, c.question),
    })),
  };
}

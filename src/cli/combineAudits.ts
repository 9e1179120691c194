import type { Answer } from '../core/cases/CaseEvaluation';
import type { CaseStatus } from '../core/cases/CaseStore';
import { mergeAudits, type AuditRowData } from '../core/merge/mergeAudits';
import { caseKey } from '../core/sampling/caseKey';
import { AUDITOR, STATUS } from '../excel/workbookFormat';
import { cellOf, type MergeSource } from './readMergeSource';
import { WorkbookProblem } from './WorkbookProblem';

/** Where a value was read: a file named on the command line and its cell ('' when it cannot be told). */
export interface Origin {
  readonly file: string;
  readonly cell: string;
}

/** A case row of the combined workbook as it will be written. */
export interface CombinedRow {
  readonly caseId: string;
  auditor: string;
  status: CaseStatus;
  readonly answers: Map<string, Answer>;
  /** The file a new case came from; null for the base's own rows. */
  readonly addedFrom: string | null;
  /** Columns of a base row that change (question names, Auditor, Status). */
  readonly changed: Set<string>;
  /** Where each answer not in the base came from. */
  readonly origins: Map<string, Origin>;
}

/** A case answered differently in two workbooks: the kept answer stays, the other is only reported. */
export interface ConflictRecord {
  readonly caseId: string;
  readonly question: string;
  readonly kept: Answer;
  readonly keptFrom: Origin;
  readonly other: Answer;
  readonly otherFrom: Origin;
}

export interface SourceSummary {
  readonly file: string;
  readonly rows: number;
  readonly added: readonly string[];
  /** Cases of the combined workbook this file filled in, with the columns it filled. */
  readonly updated: readonly { readonly caseId: string; readonly columns: readonly string[] }[];
  readonly conflicts: number;
}

export interface MergePlan {
  readonly base: MergeSource;
  /** The base's rows, then the added cases in the order they came. */
  readonly rows: readonly CombinedRow[];
  readonly sources: readonly SourceSummary[];
  readonly conflicts: readonly ConflictRecord[];
}

const copyRow = (row: AuditRowData, addedFrom: string | null): CombinedRow => ({
  caseId: row.caseId,
  auditor: row.auditor,
  status: row.status,
  answers: new Map(row.answers),
  addedFrom,
  changed: new Set(),
  origins: new Map(),
});

/**
 * Folds each later workbook into the base with mergeAudits, the rule the pane's import follows, so both
 * combine workbooks identically. Each merge sees what the earlier ones added, so a case new in b.xlsx and
 * answered differently in c.xlsx is a conflict too. Every refusal is collected before giving up, and nothing
 * is written by anyone until all of them merge.
 */
export function combineAudits(base: MergeSource, others: readonly MergeSource[]): MergePlan {
  const rows = base.snapshot.rows.map((r) => copyRow(r, null));
  const byKey = new Map(rows.map((r) => [caseKey(r.caseId), r]));
  const originOf = (row: CombinedRow, question: string): Origin =>
    row.origins.get(question) ?? { file: base.file, cell: cellOf(base, row.caseId, question) };
  const sources: SourceSummary[] = [
    { file: base.file, rows: base.snapshot.rows.length, added: [], updated: [], conflicts: 0 },
  ];
  const conflicts: ConflictRecord[] = [];
  const refusals: string[] = [];
  for (const source of others) {
    const merged = mergeAudits({ ...base.snapshot, rows: [...byKey.values()] }, source.snapshot);
    if (merged.kind === 'refused') {
      for (const p of merged.problems)
        refusals.push(`${source.file} cannot be merged into ${base.file}: ${p.message}`);
      continue;
    }
    const from = (caseId: string, column: string): Origin => ({
      file: source.file,
      cell: cellOf(source, caseId, column),
    });
    for (const added of merged.added) {
      const row = copyRow(added, source.file);
      for (const question of added.answers.keys()) row.origins.set(question, from(added.caseId, question));
      rows.push(row);
      byKey.set(caseKey(row.caseId), row);
    }
    const updated = merged.updates.map((update) => {
      const row = byKey.get(caseKey(update.caseId))!;
      const columns = [...update.fill.keys()];
      for (const [question, answer] of update.fill) {
        row.answers.set(question, answer);
        row.origins.set(question, from(update.caseId, question));
      }
      if (update.auditor !== undefined) {
        row.auditor = update.auditor;
        columns.push(AUDITOR);
      }
      if (update.status !== undefined) {
        row.status = update.status;
        columns.push(STATUS);
      }
      columns.forEach((c) => row.changed.add(c));
      return { caseId: row.caseId, columns };
    });
    for (const c of merged.conflicts) {
      const row = byKey.get(caseKey(c.caseId))!;
      conflicts.push({
        caseId: c.caseId,
        question: c.question,
        kept: c.ours,
        keptFrom: originOf(row, c.question),
        other: c.theirs,
        otherFrom: from(c.caseId, c.question),
      });
    }
    sources.push({
      file: source.file,
      rows: source.snapshot.rows.length,
      added: merged.added.map((r) => r.caseId),
      updated,
      conflicts: merged.conflicts.length,
    });
  }
  if (refusals.length > 0)
    throw new WorkbookProblem(
      [...new Set(refusals)].map((message) => ({
        sheet: '',
        cell: '',
        message: `${message} Nothing was merged or written.`,
      })),
    );
  return { base, rows, sources, conflicts };
}

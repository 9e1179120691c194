import type { QuestionSet } from '../core/questions/QuestionSet';
import type { MergeLog } from '../core/report/MergeLog';
import { mergeLogSheet as layout } from '../core/report/mergeLogSheet';
import type { ReportSheet } from '../core/report/ReportSheet';
import type { MergeJson } from './mergeJson';

export { MERGE_LOG, mergeLogName } from '../core/report/mergeLogSheet';

/** The command line's merge as the shared log: the pane's import writes the same sheet (src/core/report). */
export function mergeLogOf(merge: MergeJson, mergedAt: string, questionSet: QuestionSet): MergeLog {
  return {
    madeAt: mergedAt,
    made: { by: 'command line' },
    form: merge.form,
    base: merge.base,
    sources: merge.sources.map((s) => ({
      file: s.file,
      role: s.role,
      rows: s.rows,
      added: s.added.length,
      filled: s.filled.length,
      conflicts: s.conflicts,
    })),
    // The JSON names questions only (scripts key on names); the log adds the label a person reads.
    conflicts: merge.conflicts.map((c) => ({
      ...c,
      label: questionSet.byName.get(c.question)?.label ?? c.question,
    })),
  };
}

/** The Merge log sheet of a combined copy. */
export function mergeLogSheet(
  merge: MergeJson,
  name: string,
  mergedAt: string,
  questionSet: QuestionSet,
): ReportSheet {
  return layout(mergeLogOf(merge, mergedAt, questionSet), name);
}

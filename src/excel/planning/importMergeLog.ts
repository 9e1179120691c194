import type { AuditSnapshot, MergeConflict, MergeResult } from '../../core/merge/mergeAudits';
import { caseKey } from '../../core/sampling/caseKey';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { MergeLog, MergeLogChange } from '../../core/report/MergeLog';
import { answerText } from '../../core/cases/answerText';
import { qualifiedAddress } from '../qualifiedAddress';

/** This workbook in the log: the pane cannot know the file's name without another round trip. */
export const THIS_WORKBOOK = 'This workbook';

export interface ImportLogInput {
  readonly questionSet: QuestionSet;
  readonly base: AuditSnapshot;
  readonly incoming: AuditSnapshot;
  readonly merged: Extract<MergeResult, { kind: 'merged' }>;
  /** The conflicts with our sheet and cell (unqualified, e.g. "F3"). */
  readonly conflicts: readonly MergeConflict[];
  readonly madeAt: string;
  readonly lead: string;
  /** What the read-back found co-authors had changed meanwhile (the log's last section); absent: none. */
  readonly changed?: readonly MergeLogChange[];
}

/**
 * An import from the pane as the shared Merge log records it, the same columns as `case-audit merge` gives:
 * this workbook is the base, the chosen file the one merged in, and each conflict names both cells. A
 * conflict whose row or column the read-back did not find says Not found; a filled row that had moved
 * counts under what co-authors changed, not as filled in, so the log's counts match the pane's summary.
 */
export function importMergeLog(input: ImportLogInput): MergeLog {
  const { questionSet, incoming, merged } = input;
  const theirs = new Map(incoming.rows.map((r) => [caseKey(r.caseId), r]));
  const here = (c: MergeConflict): string =>
    c.sheet === undefined || c.cell === undefined ? '' : qualifiedAddress(c.sheet, c.cell);
  const shown = (question: string, answer: MergeConflict['ours']): string =>
    answerText(questionSet.byName.get(question), answer);
  const moved = new Set(input.changed?.filter((c) => c.moved === true).map((c) => caseKey(c.caseId)));
  return {
    madeAt: input.madeAt,
    made: { by: 'pane', lead: input.lead.trim() },
    form: { title: questionSet.title, version: questionSet.version },
    base: THIS_WORKBOOK.toLowerCase(),
    sources: [
      { file: THIS_WORKBOOK, role: 'base', rows: input.base.rows.length, added: 0, filled: 0, conflicts: 0 },
      {
        file: incoming.label,
        role: 'merged',
        rows: incoming.rows.length,
        added: merged.added.length,
        filled: merged.updates.filter((u) => !moved.has(caseKey(u.caseId))).length,
        conflicts: input.conflicts.length,
      },
    ],
    conflicts: input.conflicts.map((c) => ({
      ...(c.notFound === undefined ? {} : { notFound: true }),
      caseId: c.caseId,
      question: c.question,
      label: questionSet.byName.get(c.question)?.label ?? c.question,
      kept: { answer: shown(c.question, c.ours), file: THIS_WORKBOOK, cell: here(c) },
      other: {
        answer: shown(c.question, c.theirs),
        file: incoming.label,
        cell: theirs.get(caseKey(c.caseId))?.cells?.get(c.question) ?? '',
      },
      cell: here(c),
    })),
    ...(input.changed === undefined || input.changed.length === 0 ? {} : { changed: input.changed }),
  };
}

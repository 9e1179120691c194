import type { Answer } from '../cases/CaseEvaluation';
import type { CaseStatus } from '../cases/CaseStore';
import { answerKey } from '../moderation/answerKey';
import { caseKey } from '../sampling/caseKey';
import type { Problem } from '../sampling/Problem';
import { diffQuestionSets, type QuestionSetShape } from './diffQuestionSets';

/** One Audit row, decoded: what a merge compares. */
export interface AuditRowData {
  readonly caseId: string;
  readonly auditor: string;
  readonly status: CaseStatus;
  readonly answers: ReadonlyMap<string, Answer>;
  /** Where the row is (e.g. "a.xlsx Audit!A7"), for messages. */
  readonly where?: string;
  /** Where each answer was read, by question (e.g. "Audit!H7"), for the Merge log. */
  readonly cells?: ReadonlyMap<string, string>;
}

export interface AuditSnapshot {
  /** The workbook's name in messages, e.g. the file name. */
  readonly label: string;
  readonly questionSet: QuestionSetShape;
  readonly rows: readonly AuditRowData[];
}

export interface MergeConflict {
  readonly caseId: string;
  readonly question: string;
  readonly ours: Answer;
  readonly theirs: Answer;
  readonly message: string;
  /** Where ours is, when merged into a live workbook (importAuditRows), so the pane can go to it. */
  readonly sheet?: string;
  readonly cell?: string;
  /**
   * Why a live workbook's conflict has no sheet and cell: importAuditRows' read-back found its case's row
   * ('case') or its question's column ('column') gone, so any cell named would be someone else's.
   */
  readonly notFound?: 'case' | 'column';
}

/** What to change in the base so it holds both workbooks' work. */
export interface RowUpdate {
  readonly caseId: string;
  /** Answers blank in the base and given in the imported row. */
  readonly fill: ReadonlyMap<string, Answer>;
  /** The Auditor, when the base's is blank; the Status when it should move. */
  readonly auditor?: string;
  readonly status?: CaseStatus;
}

export type MergeResult =
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] }
  | {
      readonly kind: 'merged';
      /** Cases only in the imported workbook, to add as they are. */
      readonly added: readonly AuditRowData[];
      readonly updates: readonly RowUpdate[];
      /** Answered differently in both: reported, the base's answer kept. */
      readonly conflicts: readonly MergeConflict[];
    };

const blank = (answer: Answer | undefined): boolean => answer === undefined || answerKey(answer) === '';
const RANK: Record<CaseStatus, number> = { 'Not started': 0, 'In progress': 1, Complete: 2 };

function byKey(snapshot: AuditSnapshot, problems: Problem[]): Map<string, AuditRowData> {
  const rows = new Map<string, AuditRowData>();
  for (const row of snapshot.rows) {
    const key = caseKey(row.caseId);
    if (key === '') continue;
    if (rows.has(key))
      problems.push({
        message: `Case ${row.caseId} has two rows in ${snapshot.label}${row.where === undefined ? '' : ` (${row.where})`}: give one of them its right Case ID first.`,
      });
    rows.set(key, row);
  }
  return rows;
}

/**
 * Combines another workbook's Audit rows into ours. The question sets must match (same version, and the
 * same questions, types and lists), else nothing is merged and the message says what differs. New cases
 * are added; blanks are filled; an answer given differently in both is a conflict, reported and never
 * overwritten, so no one's work is lost silently.
 */
export function mergeAudits(base: AuditSnapshot, incoming: AuditSnapshot): MergeResult {
  const problems: Problem[] = [];
  const differences = diffQuestionSets(base.questionSet, incoming.questionSet);
  const [v1, v2] = [base.questionSet.version.trim(), incoming.questionSet.version.trim()];
  if (v1 !== v2 || differences.length > 0) {
    const versions =
      v1 === v2 ? `both say version "${v1}"` : `version "${v1}" here, "${v2}" in ${incoming.label}`;
    const what = differences.length > 0 ? `: ${differences.join('; ')}` : '';
    problems.push({
      message: `The question sets differ (${versions})${what}. Bring both workbooks to the same question set (Questions and Choices sheets, and its version in Settings), then import (or merge) again.`,
    });
  }
  const ours = byKey(base, problems);
  const theirs = byKey(incoming, problems);
  if (problems.length > 0) return { kind: 'refused', problems };
  const added: AuditRowData[] = [];
  const updates: RowUpdate[] = [];
  const conflicts: MergeConflict[] = [];
  for (const [key, row] of theirs) {
    const mine = ours.get(key);
    if (mine === undefined) {
      added.push(row);
      continue;
    }
    const fill = new Map<string, Answer>();
    for (const [question, answer] of row.answers) {
      if (blank(answer)) continue;
      const current = mine.answers.get(question);
      if (blank(current)) fill.set(question, answer);
      else if (answerKey(current!) !== answerKey(answer))
        conflicts.push({
          caseId: mine.caseId,
          question,
          ours: current!,
          theirs: answer,
          message: `Case ${mine.caseId}, ${question}: "${answerKey(current!)}" here but "${answerKey(answer)}" in ${incoming.label}${row.where === undefined ? '' : ` (${row.where})`}. Ours is kept; agree which is right and correct it by hand.`,
        });
    }
    const fresh = [...mine.answers.values()].every(blank);
    const status = fresh
      ? row.status
      : fill.size > 0 && mine.status === 'Not started'
        ? 'In progress'
        : undefined;
    const auditor = mine.auditor.trim() === '' && row.auditor.trim() !== '' ? row.auditor : undefined;
    if (fill.size > 0 || (status !== undefined && RANK[status] > RANK[mine.status]) || auditor !== undefined)
      updates.push({
        caseId: mine.caseId,
        fill,
        ...(auditor === undefined ? {} : { auditor }),
        ...(status === undefined || RANK[status] <= RANK[mine.status] ? {} : { status }),
      });
  }
  return { kind: 'merged', added, updates, conflicts };
}

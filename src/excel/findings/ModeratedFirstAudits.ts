import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Codec } from '../../core/codec/createCodec';
import type { AuditAnswers } from '../../core/moderation/AgreementReport';
import { caseKey } from '../../core/sampling/caseKey';
import { caseIdText } from '../locateCase';
import { logCell, logRows, type LogTable } from '../planning/logTable';
import { moderatedQuestions } from '../planning/moderationTable';
import { CASE_ID } from '../workbookFormat';

/**
 * Keeps, while the Audit rows stream past, the first audit of each case in the Moderation table (its
 * auditor and its select answers) and nothing of any other row: a moderated share is a few cases in a
 * hundred, and holding every row's answers would cost the refresh its memory at audit scale.
 */
export class ModeratedFirstAudits {
  private readonly wanted = new Set<string>();
  private readonly names: readonly string[];
  private readonly kept: AuditAnswers[] = [];

  constructor(moderation: LogTable, codec: Codec) {
    for (const row of logRows(moderation)) {
      const id = caseIdText(logCell(moderation, row, CASE_ID));
      if (id !== '') this.wanted.add(caseKey(id));
    }
    this.names = moderatedQuestions(codec).map((q) => q.name);
  }

  /** A decoded Audit row; `auditorOf` is asked only for a moderated case. */
  add(caseId: string, answers: ReadonlyMap<string, Answer>, auditorOf: () => string): void {
    if (this.wanted.size === 0 || !this.wanted.has(caseKey(caseId))) return;
    const selected = new Map<string, Answer>();
    for (const name of this.names) {
      const answer = answers.get(name);
      if (answer !== undefined) selected.set(name, answer);
    }
    this.kept.push({ caseId, auditor: auditorOf().trim(), answers: selected });
  }

  audits(): readonly AuditAnswers[] {
    return this.kept;
  }
}

import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Codec } from '../../core/codec/createCodec';
import type { AuditAnswers } from '../../core/moderation/AgreementReport';
import type { Question } from '../../core/questions/QuestionSet';
import type { CellValue } from '../../core/sheets/SheetData';
import { statusOf, textOf } from '../caseCells';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { CASE_ID, STATUS } from '../workbookFormat';
import { logCell, logRows, type LogTable } from './logTable';

/** Moderation compares select questions: their answers are categories, so kappa means something. */
export function moderatedQuestions(codec: Codec): Question[] {
  return codec.questions
    .map((c) => c.question)
    .filter((q) => q.type === 'select_one' || q.type === 'select_multiple');
}

/**
 * The moderator's finished re-audits (Status Complete) as answers to compare. An unfinished one is left out,
 * because its blanks would count as disagreements. Cells the codec cannot read are left blank here and
 * listed in `unreadable` with their cells.
 */
export function moderatedAnswers(
  log: LogTable,
  codec: Codec,
): { audits: AuditAnswers[]; unreadable: string[] } {
  const audits: AuditAnswers[] = [];
  const unreadable: string[] = [];
  for (const row of logRows(log)) {
    if (statusOf(logCell(log, row, STATUS)) !== 'Complete') continue;
    const caseId = caseIdText(logCell(log, row, CASE_ID));
    const answers = new Map<string, Answer>();
    for (const question of moderatedQuestions(codec)) {
      if (findColumn(log.header, question.name) < 0) continue;
      const decoded = codec.byName.get(question.name)!.decode(logCell(log, row, question.name));
      if (decoded.ok) answers.set(question.name, decoded.answer);
      else unreadable.push(`${log.sheet}, case ${caseId}, ${question.name}: ${decoded.message}`);
    }
    audits.push({ caseId, auditor: textOf(logCell(log, row, 'Moderator')), answers });
  }
  return { audits, unreadable };
}

/** First audits from the Audit columns read: Case ID, Auditor and the moderated questions. */
export function firstAnswers(
  columns: ReadonlyMap<string, readonly (readonly CellValue[])[]>,
  codec: Codec,
  names: readonly string[],
): AuditAnswers[] {
  const ids = columns.get(CASE_ID)!;
  const audits: AuditAnswers[] = [];
  ids.forEach((r, i) => {
    const caseId = caseIdText(r[0]);
    if (caseId === '') return;
    const answers = new Map<string, Answer>();
    for (const name of names) {
      const decoded = codec.byName.get(name)!.decode(columns.get(name)![i]?.[0] ?? null);
      if (decoded.ok) answers.set(name, decoded.answer);
    }
    audits.push({ caseId, auditor: textOf(columns.get('Auditor')![i]?.[0]).trim(), answers });
  });
  return audits;
}

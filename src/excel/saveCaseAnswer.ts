import type { SaveRequest, SaveResult } from '../core/cases/CaseStore';
import type { Codec } from '../core/codec/createCodec';
import type { QuestionCodec } from '../core/codec/QuestionCodec';
import type { CellValue } from '../core/sheets/SheetData';
import { answersEqual } from './answersEqual';
import { formatForQuestion } from './auditColumns';
import { statusOf, textOf, versionOf } from './caseCells';
import type { ExcelHost } from './ExcelHost';
import { findCaseRow } from './findCaseRow';
import { failure } from './failure';
import { serialFromLocalTime, textFromSerial } from './savedAt';
import { verifyRow } from './verifyRow';
import { bookkeeping, writeRowCells } from './writeRowCells';
import { SAVED_BY, STATUS, VERSION } from './workbookFormat';

/** Does the cell hold this answer (as the codec reads it)? An unreadable cell holds nothing we showed. */
function holds(codec: QuestionCodec, cell: CellValue, answer: SaveRequest['previous']): boolean {
  const decoded = codec.decode(cell);
  return decoded.ok && answersEqual(decoded.answer, answer);
}

/**
 * Saves one answer in two round trips: read (the Case ID column, and Status, Saved by, Version and the
 * answer's column for the first DECISION_ROWS rows), then write only the cells that change. A case further
 * down a larger table takes a third trip, between them, for its own row's cells (see findCaseRow). A co-author's save since the pane read the row bumped Version;
 * if they changed this very answer (the cell no longer holds what the pane showed), theirs is returned
 * as a conflict instead of being overwritten, unless `overwrite` says keep mine.
 */
export async function saveCaseAnswer(
  host: ExcelHost,
  codec: Codec,
  request: SaveRequest,
  now: () => Date,
): Promise<SaveResult> {
  const question = codec.byName.get(request.question);
  if (question === undefined || question.question.type === 'note') {
    return {
      kind: 'failed',
      message: `"${request.question}" is not an answerable question of this audit. If the Questions sheet changed, run Set up audit and reopen the case.`,
    };
  }
  try {
    return await host.run(async (context) => {
      const names = [STATUS, SAVED_BY, VERSION, request.question];
      const { read, index, cells } = await findCaseRow(context, request.caseId, names);
      const at = (name: string): CellValue => cells.get(name) ?? null;
      const version = versionOf(at(VERSION));
      const current = at(request.question);
      const moved = version !== request.baseVersion;
      if (
        moved &&
        request.overwrite !== true &&
        !holds(question, current, request.previous) &&
        !holds(question, current, request.answer)
      ) {
        const decoded = question.decode(current);
        return {
          kind: 'conflict',
          theirs: decoded.ok ? decoded.answer : textOf(current),
          version,
          savedBy: textOf(at(SAVED_BY)),
        };
      }
      const serial = serialFromLocalTime(now());
      const status = statusOf(at(STATUS)) === 'Not started' ? 'In progress' : undefined;
      const answer = {
        column: request.question,
        value: question.encode(request.answer),
        format: formatForQuestion(question.question),
      };
      writeRowCells(context, read.frame, index, [
        answer,
        ...bookkeeping(serial, request.auditor, version + 1, status),
      ]);
      await verifyRow(context, read.frame, index, request.caseId);
      return { kind: 'saved', version: version + 1, savedAt: textFromSerial(serial) };
    });
  } catch (error) {
    return failure(error);
  }
}

import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Codec } from '../../core/codec/createCodec';
import type { Problem } from '../../core/sampling/Problem';
import { caseKey } from '../../core/sampling/caseKey';
import {
  mergeAudits,
  type AuditRowData,
  type AuditSnapshot,
  type MergeResult,
} from '../../core/merge/mergeAudits';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { mergeLogName, mergeLogSheet } from '../../core/report/mergeLogSheet';
import type { CellValue } from '../../core/sheets/SheetData';
import { formatForQuestion } from '../auditColumns';
import { statusOf, textOf, versionOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { rowsBytes } from '../payloadBudget';
import { readAuditColumns } from '../readAuditColumns';
import { AUDITOR, CASE_ID, FORMAT, SHEETS, STATUS, VERSION } from '../workbookFormat';
import { amendImportLog } from './amendImportLog';
import { queueAuditRows } from './appendAuditRows';
import { columnsChanged } from './columnsChanged';
import { conflictsWhereNow } from './conflictsWhereNow';
import { importedTwice } from './importedTwice';
import { importMergeLog } from './importMergeLog';
import { mergeLogWrites } from './mergeLogWrites';
import { movedWhileImporting } from './movedWhileImporting';
import { newRowsColumn } from './newRowsColumn';
import { requireColumns } from './requireColumns';
import { type NewRowsChecked, syncCheckingNewRows } from './syncCheckingNewRows';
import { writeRestOfLog } from './writeRestOfLog';
import { writtenColumns } from './writtenColumns';

/** The merge, and the sheet it was recorded in ("Merge log", "Merge log 2", ...). */
export type ImportResult =
  | Extract<MergeResult, { kind: 'refused' }>
  | (Extract<MergeResult, { kind: 'merged' }> & {
      /** Left out when the log could not be written in full (`logNotAmended` then says so). */
      readonly log?: string;
      /** New cases a co-author added too while the import ran, each now in two rows; left out when none. */
      readonly inTwoRows?: readonly Problem[];
      /** Filled rows that held another case when written (rows moved meanwhile); left out when none. */
      readonly movedRows?: readonly Problem[];
      /**
       * The Merge log could not be written in full (a log too big for the write trip, whose later trips
       * failed) or amended with what the read-back found: what to do; left out when it was.
       */
      readonly logNotAmended?: Problem;
    });

/** When and by whom, for the Merge log. */
export interface ImportRecord {
  /** "2023-03-01 09:30". */
  readonly madeAt: string;
  /** The lead's name; '' when the pane does not know it. */
  readonly lead: string;
}

function baseRows(
  header: readonly string[],
  body: readonly (readonly CellValue[])[],
  codec: Codec,
): AuditRowData[] {
  const at = (name: string) => findColumn(header, name);
  return body.flatMap((row) => {
    const caseId = caseIdText(row[at(CASE_ID)]);
    if (caseId === '') return [];
    const answers = new Map<string, Answer>();
    for (const q of codec.questions) {
      if (at(q.question.name) < 0 || q.question.type === 'note') continue;
      const decoded = q.decode(row[at(q.question.name)] ?? null);
      // An unreadable cell is not blank: keep its text so it is never "filled" over.
      answers.set(q.question.name, decoded.ok ? decoded.answer : textOf(row[at(q.question.name)] ?? null));
    }
    return [
      { caseId, auditor: textOf(row[at(AUDITOR)] ?? null), status: statusOf(row[at(STATUS)]), answers },
    ];
  });
}

/**
 * Imports another workbook's Audit rows (decoded by the caller, e.g. from an .xlsx) into this one in three
 * round trips: new cases are added with their answers and status, blanks are filled (Version + 1, so a pane
 * with the case open notices), and conflicts are returned, never written. Question sets must match.
 * The import is recorded on a new Merge log sheet (the layout `case-audit merge` writes), in the same write
 * trip as the rows: the record outlives the pane. A refused import writes nothing, not even a log.
 * The write trip reads the Case ID column back (decision 10): a new case a co-author added meanwhile is
 * returned in `inTwoRows`, with both cells; neither row is touched. The same read-back checks every row
 * filled by position: one a co-author's sort, insert or delete gave another case is returned in
 * `movedRows`, naming the row, both cases and the cells written. With conflicts, the header row comes back
 * too, so each conflict's cell is its case's row and its question's column now, not those of the first
 * trip (none when either is gone). When any of this happened, a fourth trip adds it to the Merge log and
 * corrects the conflicts' cells there; if that trip fails the import still stands, and `logNotAmended`
 * says so. Cells are written through their table columns by header, so a column a co-author moved between
 * the trips is followed; one they deleted or renamed, or (with rows to add) a column inserted or deleted,
 * fails the write trip before anything is written, and the import is refused saying so (`columnsChanged`).
 * A log too big for the write trip takes trips of its own after it; if one fails, the rows stand as
 * written: `logNotAmended` says the log is incomplete, and `log` is left out.
 */
export async function importAuditRows(
  host: ExcelHost,
  questionSet: QuestionSet,
  codec: Codec,
  incoming: AuditSnapshot,
  record: ImportRecord,
): Promise<ImportResult> {
  return host.run(async (context) => {
    const { frame, tableNames } = await readAuditColumns(context, [CASE_ID]);
    const body = context.workbook.tables.getItem(SHEETS.audit).getDataBodyRange().load('values');
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const rows = body.values as CellValue[][];
    const base: AuditSnapshot = {
      label: 'this workbook',
      questionSet,
      rows: baseRows(frame.header, rows, codec),
    };
    const merged = mergeAudits(base, incoming);
    if (merged.kind === 'refused') return merged;
    const encode = (name: string, answer: Answer): { value: CellValue; format: string } => {
      const q = codec.byName.get(name)!;
      const value = q.encode(answer) ?? '';
      return { value, format: typeof value === 'string' ? FORMAT.text : formatForQuestion(q.question) };
    };
    const newRows = merged.added.map((r) => ({ caseId: r.caseId, auditor: r.auditor }));
    const columns =
      newRows.length === 0
        ? []
        : [
            STATUS,
            ...codec.questions
              .map((q) => q.question.name)
              .filter((n) => frame.has(n) && codec.byName.get(n)!.question.type !== 'note'),
          ];
    const columnsWritten = writtenColumns(newRows, columns, merged.updates);
    // Every cell is written through its table column by header, new rows' (newRowsColumn) as filled ones'
    // (frame.cell): a column a co-author moved between the trips is followed, so no value lands under
    // another question, in no more round trips. What is left is a column gone (deleted, header changed)
    // or, with rows to add, the table's width changed: the batch then fails before its first write (see
    // columnsChanged), refused below. So the header row need not come back to check where values went.
    const block = queueAuditRows(context, frame, newRows, columnsWritten);
    if (block === null) requireColumns(context, frame, columnsWritten);
    for (const name of block === null ? [] : columns) {
      const cells = merged.added.map((r) =>
        name === STATUS
          ? { value: r.status, format: FORMAT.text }
          : encode(name, r.answers.get(name) ?? null),
      );
      const target = newRowsColumn(context, frame, newRows.length, name);
      target.numberFormat = cells.map((c) => [c.format]);
      target.values = cells.map((c) => [c.value]);
    }
    const indexOf = new Map(
      rows.map((r, i) => [caseKey(caseIdText(r[findColumn(frame.header, CASE_ID)])), i]),
    );
    for (const update of merged.updates) {
      const index = indexOf.get(caseKey(update.caseId))!;
      const put = (name: string, value: CellValue, format: string) => {
        const cell = frame.cell(context, name, index);
        cell.numberFormat = [[typeof value === 'string' ? FORMAT.text : format]];
        cell.values = [[value]];
      };
      for (const [name, answer] of update.fill) {
        const { value, format } = encode(name, answer);
        put(name, value, format);
      }
      if (update.auditor !== undefined) put(AUDITOR, update.auditor, FORMAT.text);
      if (update.status !== undefined) put(STATUS, update.status, FORMAT.text);
      put(VERSION, versionOf(rows[index]![findColumn(frame.header, VERSION)]) + 1, FORMAT.whole);
    }
    const conflicts = merged.conflicts.map((c) => ({
      ...c,
      sheet: frame.sheet,
      cell: frame.address(c.question, indexOf.get(caseKey(c.caseId))!),
    }));
    // Queued after the Audit writes: Excel stops a batch at its first failure, so a log that could not be
    // written never stands for rows that were not. Its names are chosen free of every sheet and table.
    const log = mergeLogName(
      sheets.items.map((s) => s.name),
      tableNames,
    );
    const logInput = { questionSet, base, incoming, merged, conflicts, ...record };
    const sheet = mergeLogSheet(importMergeLog(logInput), log);
    const writes = mergeLogWrites(sheet);
    writes.withImport(context);
    const ids = rows.map((r) => [r[findColumn(frame.header, CASE_ID)] ?? null]);
    const filled = merged.updates.map((u) => ({ caseId: u.caseId, index: indexOf.get(caseKey(u.caseId))! }));
    // Conflicts alone write no Audit cell, but the log links to their cells: those must be checked too,
    // with the header row read back in the same trip (its bytes counted in the response budget).
    const locate = conflicts.length > 0;
    const headerBytes = locate ? rowsBytes([frame.header]) : 0;
    let check: NewRowsChecked;
    try {
      check = await syncCheckingNewRows(context, block, newRows, ids, headerBytes, filled, locate);
    } catch (error) {
      const changed = await columnsChanged(
        context,
        frame,
        columnsWritten,
        block !== null,
        incoming.label,
        error,
      );
      if (changed === undefined) throw error;
      return { kind: 'refused', problems: [changed] };
    }
    const { twice, moved } = check;
    const logIncomplete = await writeRestOfLog(context, log, writes.after);
    const written = new Map(merged.updates.map((u) => [caseKey(u.caseId), u]));
    const columnsOf = (caseId: string): string[] => {
      const u = written.get(caseKey(caseId))!;
      return [
        ...u.fill.keys(),
        ...(u.auditor === undefined ? [] : [AUDITOR]),
        ...(u.status === undefined ? [] : [STATUS]),
      ];
    };
    const inTwoRows = importedTwice(frame.sheet, incoming.label, twice);
    const movedRows = movedWhileImporting(frame.sheet, incoming.label, moved, columnsOf);
    const now = conflictsWhereNow(
      conflicts.map((c) => ({ conflict: c, index: indexOf.get(caseKey(c.caseId))! })),
      check.column,
      frame,
      incoming.label,
    );
    const found = { twice, inTwoRows, moved, movedRows, conflicts: now };
    // A log not written in full is neither amended (its rows may not be there) nor named as the record.
    const logNotAmended = logIncomplete ?? (await amendImportLog(context, sheet, logInput, found));
    return {
      ...merged,
      conflicts: now.conflicts,
      ...(logIncomplete === undefined ? { log } : {}),
      ...(twice.length === 0 ? {} : { inTwoRows }),
      ...(moved.length === 0 ? {} : { movedRows }),
      ...(logNotAmended === undefined ? {} : { logNotAmended }),
    };
  });
}

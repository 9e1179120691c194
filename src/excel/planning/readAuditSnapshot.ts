import type { Answer } from '../../core/cases/CaseEvaluation';
import { createCodec, type Codec } from '../../core/codec/createCodec';
import type { AuditRowData, AuditSnapshot } from '../../core/merge/mergeAudits';
import { parseQuestionSet } from '../../core/questions/parseQuestionSet';
import type { QuestionSet } from '../../core/questions/QuestionSet';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { SheetData, SheetIssue } from '../../core/sheets/SheetData';
import { statusOf, textOf } from '../caseCells';
import { resolveDefinitionSheets } from '../definitionSheets';
import { findColumn, findHeaderRow, headerNames } from '../headerRow';
import { caseIdText } from '../locateCase';
import { qualifiedAddress } from '../qualifiedAddress';
import { AUDITOR, CASE_ID, SHEETS, STATUS } from '../workbookFormat';

export type SnapshotRead =
  | { readonly kind: 'read'; readonly snapshot: AuditSnapshot; readonly questionSet: QuestionSet }
  | { readonly kind: 'refused'; readonly problems: readonly SheetIssue[] };

const refused = (problems: readonly SheetIssue[]): SnapshotRead => ({ kind: 'refused', problems });
const blankCell = (cell: SheetData['rows'][number][number] | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/**
 * Another workbook's Audit rows (sheets as read from its .xlsx), decoded with its own question set, ready for
 * mergeAudits. Every problem names the workbook, the sheet and the cell: the lead must be able to tell the
 * partner exactly what to fix, since nothing is imported until it reads cleanly.
 */
export function readAuditSnapshot(label: string, sheets: readonly SheetData[]): SnapshotRead {
  const names = resolveDefinitionSheets(sheets.map((s) => s.name));
  const sheet = (name: string | null) => (name === null ? undefined : sheets.find((s) => s.name === name));
  const survey = sheet(names.questions);
  if (survey === undefined)
    return refused([
      {
        sheet: SHEETS.questions,
        cell: '',
        message: `${label} has no ${SHEETS.questions} sheet (or XLSForm "survey" sheet), so its answers cannot be read. Choose the audit workbook the other team worked in.`,
      },
    ]);
  const choices = sheet(names.choices);
  const settings = sheet(names.settings);
  const parsed = parseQuestionSet({
    survey,
    ...(choices === undefined ? {} : { choices }),
    ...(settings === undefined ? {} : { settings }),
  });
  if (parsed.questionSet === null || parsed.errors.length > 0)
    return refused(parsed.errors.map((e) => ({ ...e, message: `In ${label}: ${e.message}` })));
  const questionSet = parsed.questionSet;
  const audit = sheets.find((s) => s.name.toLowerCase() === SHEETS.audit.toLowerCase());
  if (audit === undefined)
    return refused([
      {
        sheet: SHEETS.audit,
        cell: '',
        message: `${label} has no ${SHEETS.audit} sheet (its sheets: ${sheets.map((s) => s.name).join(', ')}). If one of them holds the cases, rename it "${SHEETS.audit}" in that workbook, then import (or merge) again.`,
      },
    ]);
  return auditRows(label, audit, questionSet, createCodec(questionSet));
}

function auditRows(label: string, audit: SheetData, questionSet: QuestionSet, codec: Codec): SnapshotRead {
  const firstRow = audit.firstRow ?? 1;
  const firstColumn = audit.firstColumn ?? 1;
  const at = findHeaderRow(audit.rows, CASE_ID);
  if (at < 0)
    return refused([
      {
        sheet: audit.name,
        cell: cellAddress(firstRow, firstColumn),
        message: `In ${label}, the ${audit.name} sheet has no header row with "${CASE_ID}", so its cases cannot be found. Put the header "${CASE_ID}" above the column of case identifiers in that workbook, then import (or merge) again.`,
      },
    ]);
  const header = headerNames(audit.rows[at]);
  const column = (name: string) => findColumn(header, name);
  const idAt = column(CASE_ID);
  const columns = codec.questions
    .filter((q) => q.question.type !== 'note')
    .map((q) => ({ codec: q, at: column(q.question.name) }))
    .filter((c) => c.at >= 0);
  const rows: AuditRowData[] = [];
  const problems: SheetIssue[] = [];
  audit.rows.slice(at + 1).forEach((cells, i) => {
    const row = firstRow + at + 1 + i;
    const idCell = cellAddress(row, firstColumn + idAt);
    const caseId = caseIdText(cells[idAt]);
    if (caseId === '') {
      // Dropping the row would lose its answers without a word, so the import waits for its Case ID.
      if (columns.some((c) => !blankCell(cells[c.at])))
        problems.push({
          sheet: audit.name,
          cell: idCell,
          message: `In ${label}, row ${row} of the ${audit.name} sheet holds answers but no ${CASE_ID} (${qualifiedAddress(audit.name, idCell)} is blank). Enter its ${CASE_ID} in that workbook, then import (or merge) again.`,
        });
      return;
    }
    const answers = new Map<string, Answer>();
    const answerCells = new Map<string, string>();
    for (const c of columns) {
      answerCells.set(
        c.codec.question.name,
        qualifiedAddress(audit.name, cellAddress(row, firstColumn + c.at)),
      );
      const cell = cells[c.at] ?? null;
      const decoded = c.codec.decode(cell);
      // An unreadable cell is not blank: keep its text so it is never "filled" over.
      answers.set(c.codec.question.name, decoded.ok ? decoded.answer : textOf(cell));
    }
    rows.push({
      caseId,
      auditor: textOf(cells[column(AUDITOR)] ?? null),
      status: statusOf(cells[column(STATUS)]),
      answers,
      where: `${label} ${qualifiedAddress(audit.name, idCell)}`,
      cells: answerCells,
    });
  });
  if (problems.length > 0) return refused(problems);
  return { kind: 'read', snapshot: { label, questionSet, rows }, questionSet };
}

import type { Answer } from '../core/cases/CaseEvaluation';
import type { Codec } from '../core/codec/createCodec';
import type { FindingsCase } from '../core/findings/FindingsAccumulator';
import type { SheetIssue } from '../core/sheets/SheetData';
import { cellAddress } from '../core/sheets/cellAddress';
import { statusOf } from '../excel/caseCells';
import { findColumn } from '../excel/headerRow';
import { caseIdText } from '../excel/locateCase';
import { CASE_ID, STATUS } from '../excel/workbookFormat';
import type { DataRows } from './findAuditRows';
import { WorkbookProblem } from './WorkbookProblem';

export interface AuditCases {
  readonly cases: readonly FindingsCase[];
  /** Things the reader of the findings must know but that do not stop them: rows left out, columns missing. */
  readonly warnings: readonly SheetIssue[];
}

/**
 * Every Audit row with a Case ID as a case for the findings, its answers decoded by the question set's codec
 * and each answer's cell recorded so that issues point at it. Refuses a Case ID held by two rows (whose
 * answers would count twice, or under the wrong case) and never drops an answer without saying so.
 */
export function readAuditCases(audit: DataRows, codec: Codec): AuditCases {
  const { sheet, header, headerRow, firstColumn } = audit;
  const idAt = findColumn(header, CASE_ID);
  if (idAt < 0) {
    const cell = cellAddress(headerRow, firstColumn);
    throw new WorkbookProblem([
      {
        sheet,
        cell,
        message: `The ${sheet} sheet has no "${CASE_ID}" column in its header row (row ${headerRow}), so no answer can be matched to its case. Head the column of case identifiers "${CASE_ID}".`,
      },
    ]);
  }
  const statusAt = findColumn(header, STATUS);
  const warnings: SheetIssue[] = [];
  const columns = codec.questions
    .filter((q) => q.question.type !== 'note')
    .map((q) => ({ codec: q, name: q.question.name, at: findColumn(header, q.question.name) }));
  for (const c of columns.filter((c) => c.at < 0)) {
    warnings.push({
      sheet,
      cell: cellAddress(headerRow, firstColumn + header.length),
      message: `The ${sheet} sheet has no "${c.name}" column, so every case reads as unanswered there and is reported. Add a column headed "${c.name}" (Set up audit in Excel adds it), or rename the column that holds these answers.`,
    });
  }
  const seen = new Map<string, string[]>();
  const cases: FindingsCase[] = [];
  for (const { row, cells } of audit.rows) {
    const id = caseIdText(cells[idAt]);
    if (id === '') {
      if (columns.some((c) => c.at >= 0 && String(cells[c.at] ?? '').trim() !== ''))
        warnings.push({
          sheet,
          cell: cellAddress(row, firstColumn + idAt),
          message: `Row ${row} holds answers but no Case ID, so it is left out of the findings. Enter its Case ID.`,
        });
      continue;
    }
    const where = cellAddress(row, firstColumn + idAt);
    const key = id.toUpperCase();
    seen.set(key, [...(seen.get(key) ?? []), where]);
    const answers = new Map<string, Answer>();
    const invalid = new Map<string, string>();
    const addresses = new Map<string, string>();
    for (const c of columns) {
      if (c.at < 0) {
        invalid.set(c.name, `The ${sheet} sheet has no "${c.name}" column.`);
        continue;
      }
      addresses.set(c.name, cellAddress(row, firstColumn + c.at));
      const decoded = c.codec.decode(cells[c.at] ?? '');
      if (decoded.ok) answers.set(c.name, decoded.answer);
      else invalid.set(c.name, decoded.message);
    }
    const record = { id, answers, invalid, cells: addresses, sheet };
    cases.push(statusAt < 0 ? record : { ...record, status: statusOf(cells[statusAt]) });
  }
  const duplicates = [...seen].filter(([, at]) => at.length > 1);
  if (duplicates.length > 0)
    throw new WorkbookProblem(duplicates.map(([, at]) => duplicate(sheet, at, audit, idAt)));
  return { cases, warnings };
}

function duplicate(sheet: string, cells: readonly string[], audit: DataRows, idAt: number): SheetIssue {
  const first = audit.rows.find((r) => cellAddress(r.row, audit.firstColumn + idAt) === cells[0]);
  const id = caseIdText(first?.cells[idAt]);
  const listed =
    cells.length === 2
      ? `${cells[0]} and ${cells[1]}`
      : `${cells.slice(0, -1).join(', ')} and ${cells.at(-1)}`;
  return {
    sheet,
    cell: cells[0] ?? '',
    message: `Cells ${listed} ${cells.length === 2 ? 'both' : 'all'} hold case ${id}: give each case its own Case ID. Findings are not worked out until then, so that no case is counted twice or its answers read as another's.`,
  };
}

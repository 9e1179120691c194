import type { Answer } from '../../core/cases/CaseEvaluation';
import type { Codec } from '../../core/codec/createCodec';
import type { QuestionCodec } from '../../core/codec/QuestionCodec';
import type { FindingsCase } from '../../core/findings/FindingsAccumulator';
import { cellAddress } from '../../core/sheets/cellAddress';
import type { CellValue, SheetIssue } from '../../core/sheets/SheetData';
import { statusOf } from '../caseCells';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { CASE_ID, STATUS } from '../workbookFormat';
import { RowCells } from './RowCells';

/** Where the Audit rows are: 0-based sheet indexes of the first data row and first column, and the header. */
export interface AuditLayout {
  readonly sheet: string;
  readonly firstDataRow: number;
  readonly firstColumn: number;
  readonly header: readonly string[];
  readonly rowCount: number;
}

/**
 * Turns Audit rows into cases for the findings engine, one row at a time. Column positions are worked out
 * once from the header; a question with no column is reported once (not once per case) and reads as blank.
 */
export class AuditRowDecoder {
  private readonly idAt: number;
  private readonly statusAt: number;
  private readonly columns: { codec: QuestionCodec; at: number }[] = [];
  private readonly sheetColumns = new Map<string, number>();
  readonly warnings: SheetIssue[] = [];

  constructor(
    private readonly layout: AuditLayout,
    codec: Codec,
  ) {
    this.idAt = findColumn(layout.header, CASE_ID);
    this.statusAt = findColumn(layout.header, STATUS);
    const headerCell = (i: number): string => cellAddress(layout.firstDataRow, layout.firstColumn + i + 1);
    for (const q of codec.questions) {
      if (q.question.type === 'note') continue;
      const at = findColumn(layout.header, q.question.name);
      if (at < 0) {
        this.warnings.push({
          sheet: layout.sheet,
          cell: headerCell(layout.header.length),
          message: `The ${layout.sheet} sheet has no column "${q.question.name}", so its answers count as blank: run Set up audit to add it.`,
        });
        continue;
      }
      this.columns.push({ codec: q, at });
      this.sheetColumns.set(q.question.name, layout.firstColumn + at + 1);
    }
  }

  /** The case on a data row (0-based within the data), or null for a row with no Case ID. */
  decode(row: readonly CellValue[], index: number): FindingsCase | null {
    const id = caseIdText(row[this.idAt]);
    if (id === '') return null;
    const answers = new Map<string, Answer>();
    let invalid: Map<string, string> | undefined;
    for (const { codec, at } of this.columns) {
      const decoded = codec.decode(row[at] ?? null);
      if (decoded.ok) answers.set(codec.question.name, decoded.answer);
      else (invalid ??= new Map()).set(codec.question.name, decoded.message);
    }
    const sheetRow = this.layout.firstDataRow + index + 1;
    return {
      id,
      answers,
      ...(invalid === undefined ? {} : { invalid }),
      cells: new RowCells(this.sheetColumns, sheetRow),
      sheet: this.layout.sheet,
      // Without a Status column every row counts, as the engine does for a file.
      ...(this.statusAt < 0 ? {} : { status: statusOf(row[this.statusAt]) }),
    };
  }
}

import type { Answer } from '../core/cases/CaseEvaluation';
import type { Codec } from '../core/codec/createCodec';
import type { CellValue, SheetIssue } from '../core/sheets/SheetData';
import { cellAddress } from '../core/sheets/cellAddress';
import { formatForQuestion } from '../excel/auditColumns';
import { AUDITOR, CASE_ID, FORMAT, STATUS } from '../excel/workbookFormat';
import type { CombinedRow, MergePlan } from './combineAudits';
import { WorkbookProblem } from './WorkbookProblem';

const blank = (v: CellValue | undefined): boolean =>
  v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

export interface CellWrite {
  readonly value: CellValue;
  readonly format: string;
}

export interface RowWrites {
  readonly row: CombinedRow;
  readonly cells: readonly (readonly [column: string, cell: CellWrite])[];
}

/**
 * The cells each changed row needs, encoded as the pane's import encodes them (importAuditRows): the codec's
 * cell value, text as text ('@') and numbers and dates in the question's format. A filled row writes what
 * changed; a new row writes its Case ID, Auditor, Status and every answer it has. Refuses, before anything is
 * written, when a value has no column to go to in the base.
 */
export function plannedWrites(
  plan: MergePlan,
  codec: Codec,
  columnOf: (name: string) => number,
): RowWrites[] {
  const encode = (name: string, answer: Answer): CellWrite => {
    const q = codec.byName.get(name)!;
    const value = q.encode(answer) ?? '';
    return { value, format: typeof value === 'string' ? FORMAT.text : formatForQuestion(q.question) };
  };
  const cellOf = (name: string, row: CombinedRow): CellWrite =>
    name === CASE_ID
      ? { value: row.caseId.trim(), format: FORMAT.text }
      : name === AUDITOR
        ? { value: row.auditor, format: FORMAT.text }
        : name === STATUS
          ? { value: row.status, format: FORMAT.text }
          : encode(name, row.answers.get(name) ?? null);
  // Auditor and Status are the base's bookkeeping: a base without those columns does not track them.
  const kept = (row: CombinedRow, name: string, value: CellValue): boolean =>
    (name !== AUDITOR && name !== STATUS) ||
    (columnOf(name) > 0 && (row.addedFrom === null || !blank(value)));
  const writes = (row: CombinedRow): [string, CellWrite][] =>
    (row.addedFrom === null ? [...row.changed] : [CASE_ID, AUDITOR, STATUS, ...row.answers.keys()])
      .map((name): [string, CellWrite] => [name, cellOf(name, row)])
      .filter(([name, cell]) => kept(row, name, cell.value))
      .filter(([name, cell]) => row.addedFrom === null || name === CASE_ID || !blank(cell.value));
  const changed = plan.rows.filter((r) => r.addedFrom !== null || r.changed.size > 0);
  const planned = changed.map((row) => ({ row, cells: writes(row) }));
  const { audit } = plan.base;
  checkColumns(audit.sheet, audit.headerRow, audit.firstColumn + audit.header.length, planned, columnOf);
  return planned;
}

/** A value with no column to go to would be lost: refuse, naming the column to add, before anything is changed. */
function checkColumns(
  sheet: string,
  headerRow: number,
  after: number,
  planned: readonly RowWrites[],
  columnOf: (name: string) => number,
): void {
  const missing = new Set<string>();
  for (const { cells } of planned)
    for (const [name, cell] of cells) if (columnOf(name) < 0 && !blank(cell.value)) missing.add(name);
  if (missing.size === 0) return;
  const issues: SheetIssue[] = [...missing].map((name) => ({
    sheet,
    cell: cellAddress(headerRow, after),
    message: `The base's ${sheet} sheet has no "${name}" column, so answers merged into it would be lost. Add a column headed "${name}" to the base workbook (Set up audit in Excel adds it), then merge again.`,
  }));
  throw new WorkbookProblem(issues);
}

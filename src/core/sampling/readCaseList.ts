import { cellText } from '../questions/cellText';
import { columnLetters } from '../sheets/cellAddress';
import type { CellValue, SheetData, SheetIssue } from '../sheets/SheetData';
import { caseKey } from './caseKey';
import { headerKey, type CaseListRow } from './CaseListRow';
import { duplicateIdIssues } from './duplicateIdIssues';

export interface CaseList {
  readonly cases: CaseListRow[];
  /** Headers in sheet order (blank headers left out). */
  readonly columns: string[];
  readonly issues: SheetIssue[];
}

const isBlankRow = (row: readonly CellValue[]): boolean => row.every((v) => cellText(v) === '');

/**
 * Reads the pasted export. The first non-empty row is the header and needs a Case ID column; blank rows
 * are skipped; a row without a Case ID, and every occurrence of a repeated one, is reported with its cell
 * and left for the person to fix. Rows with a Case ID are all returned, repeats included, so nothing
 * pasted disappears silently; drawing a sample refuses while repeats remain.
 */
export function readCaseList(sheet: SheetData): CaseList {
  const firstRow = sheet.firstRow ?? 1;
  const firstColumn = sheet.firstColumn ?? 1;
  // Letters worked out once per column: a 100,000-row export would otherwise redo them for every cell.
  const letters: string[] = [];
  const at = (r: number, c: number) => `${(letters[c] ??= columnLetters(firstColumn + c))}${firstRow + r}`;
  const issues: SheetIssue[] = [];
  const headerIndex = sheet.rows.findIndex((row) => !isBlankRow(row));
  const headerRow = sheet.rows[headerIndex];
  if (headerRow === undefined) {
    issues.push({
      sheet: sheet.name,
      cell: '',
      message: `The ${sheet.name} sheet is empty: paste the case export with its header row (Case ID and any other columns).`,
    });
    return { cases: [], columns: [], issues };
  }
  const columns: { name: string; index: number }[] = [];
  headerRow.forEach((value, index) => {
    const name = cellText(value);
    if (name === '') return;
    const same = columns.find((c) => headerKey(c.name) === headerKey(name));
    if (same === undefined) columns.push({ name, index });
    else
      issues.push({
        sheet: sheet.name,
        cell: at(headerIndex, index),
        message: `Two columns are headed "${name}" (${at(headerIndex, same.index)} and ${at(headerIndex, index)}): rename one. Only the first is read.`,
      });
  });
  const idColumn = columns.find((c) => headerKey(c.name) === 'caseid');
  if (idColumn === undefined) {
    issues.push({
      sheet: sheet.name,
      cell: at(headerIndex, 0),
      message: `The header row (row ${firstRow + headerIndex}) of ${sheet.name} has no Case ID column: name the column holding the case identifiers "Case ID".`,
    });
    return { cases: [], columns: columns.map((c) => c.name), issues };
  }
  const cases: CaseListRow[] = [];
  for (let r = headerIndex + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r]!;
    if (isBlankRow(row)) continue;
    const values = new Map<string, string>();
    const cells = new Map<string, string>();
    for (const c of columns) {
      values.set(c.name, cellText(row[c.index]));
      cells.set(c.name, at(r, c.index));
    }
    const id = values.get(idColumn.name)!;
    const cell = at(r, idColumn.index);
    if (caseKey(id) === '') {
      issues.push({
        sheet: sheet.name,
        cell,
        message: `Row ${firstRow + r} has no Case ID: fill in ${cell} or delete the row.`,
      });
      continue;
    }
    cases.push({ id, sheet: sheet.name, row: firstRow + r, cell, values, cells });
  }
  issues.push(...duplicateIdIssues(cases));
  return { cases, columns: columns.map((c) => c.name), issues };
}

import type { SheetData, SheetIssue } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import { cellText } from './cellText';
import { headerKey, readTable, textAt, type Table } from './readTable';

/**
 * Settings come in two layouts, and we accept both:
 * - XLSForm's: a header row of setting names (form_title, version, ...) and one row of values below it.
 * - Ours: a header row `name | value` (other columns, such as notes, allowed) and one setting per row.
 * We tell them apart by the header: if it has both a `name` and a `value` column and no `form_title`
 * column, it is name/value rows. (XLSForm does have a `name` setting, but never one called `value`.)
 */
export function parseSettings(sheet: SheetData | undefined, errors: SheetIssue[]): Record<string, string> {
  const settings: Record<string, string> = {};
  if (sheet === undefined) return settings;
  const table = readTable(sheet);
  if (table === null) return settings;
  const keys = table.columns.map((c) => c.key);
  const isNameValue = keys.includes('name') && keys.includes('value') && !keys.includes('form_title');
  if (isNameValue) readNameValueRows(table, settings, errors);
  else readHeaderRow(table, settings, errors);
  return settings;
}

function readNameValueRows(table: Table, settings: Record<string, string>, errors: SheetIssue[]): void {
  const nameColumn = table.columns.find((c) => c.key === 'name')!;
  const valueColumn = table.columns.find((c) => c.key === 'value')!;
  const cells = new Map<string, string>();
  for (const row of table.rows) {
    // Matched like headers, so 'Form title' and 'form_title' are the same setting.
    const name = headerKey(textAt(row, nameColumn));
    const value = textAt(row, valueColumn);
    const nameCell = cellAddress(row.row, nameColumn.column);
    if (name === '') {
      if (value !== '')
        errors.push({
          sheet: table.sheet,
          cell: nameCell,
          message: `The setting value '${value}' has no name. Enter the setting's name (for example form_title) or clear the row.`,
        });
      continue;
    }
    add(table.sheet, name, value, nameCell, cells, settings, errors);
  }
}

function readHeaderRow(table: Table, settings: Record<string, string>, errors: SheetIssue[]): void {
  const values = table.rows[0];
  const cells = new Map<string, string>();
  for (const column of table.columns) {
    const value = values === undefined ? '' : cellText(values.cells[column.index]);
    add(table.sheet, column.key, value, cellAddress(table.headerRow, column.column), cells, settings, errors);
  }
}

function add(
  sheet: string,
  name: string,
  value: string,
  cell: string,
  cells: Map<string, string>,
  settings: Record<string, string>,
  errors: SheetIssue[],
): void {
  const first = cells.get(name);
  if (first !== undefined) {
    errors.push({
      sheet,
      cell,
      message: `The setting '${name}' is given twice (${first} and ${cell}). Keep one of them.`,
    });
    return;
  }
  cells.set(name, cell);
  settings[name] = value;
}

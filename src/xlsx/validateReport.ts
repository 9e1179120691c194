import type { ReportSheet } from '../core/report/ReportSheet';
import type { CellValue } from '../core/sheets/SheetData';
import { type Area, MAX_ROWS, areaRef, parseArea, parseCell } from './a1';
import { XlsxError } from './XlsxError';

const MAX_TEXT = 32_767;

/** Excel's rules for names that, broken, make it "repair" the file (dropping the part) instead of opening it. */
export function validateReport(sheets: readonly ReportSheet[]): void {
  if (sheets.length === 0) throw new XlsxError('', '', 'a workbook needs at least one sheet.');
  const sheetNames = new Set<string>();
  const tableNames = new Set<string>();
  for (const sheet of sheets) {
    checkSheetName(sheet.name, sheetNames);
    sheetNames.add(sheet.name.toLowerCase());
  }
  for (const sheet of sheets) {
    checkCells(sheet);
    checkTables(sheet, tableNames);
    for (const s of sheet.styles) area(sheet, s.range, 'style range');
    for (const link of sheet.links) {
      cell(sheet, link.cell, 'link cell');
      const target = /^'?((?:[^']|'')+?)'?!/.exec(link.target)?.[1]?.replace(/''/g, "'");
      if (target === undefined || !sheetNames.has(target.toLowerCase()))
        throw new XlsxError(
          sheet.name,
          link.cell,
          `the link goes to '${link.target}', which is not a sheet in this workbook.`,
        );
    }
    for (const chart of sheet.charts) checkChart(sheet, chart);
    sheet.columnWidths.forEach((w, i) => {
      if (!(Number.isFinite(w) && w >= 0 && w <= 255))
        throw new XlsxError(
          sheet.name,
          '',
          `column ${i + 1} has width ${w}; widths are 0 to 255 characters.`,
        );
    });
    if (!(Number.isInteger(sheet.freezeRows) && sheet.freezeRows >= 0 && sheet.freezeRows < MAX_ROWS))
      throw new XlsxError(sheet.name, '', `cannot freeze ${sheet.freezeRows} rows.`);
  }
}

function checkSheetName(name: string, taken: ReadonlySet<string>): void {
  const problem =
    name.trim() === ''
      ? 'a sheet name cannot be blank'
      : name.length > 31
        ? 'a sheet name can have at most 31 characters'
        : /[[\]:*?/\\]/.test(name)
          ? 'a sheet name cannot contain [ ] : * ? / \\'
          : name.startsWith("'") || name.endsWith("'")
            ? "a sheet name cannot start or end with '"
            : name.toLowerCase() === 'history'
              ? 'History is reserved by Excel'
              : taken.has(name.toLowerCase())
                ? 'another sheet already has this name (Excel ignores case)'
                : null;
  if (problem !== null) throw new XlsxError(name, '', `${problem}.`);
}

function checkCells(sheet: ReportSheet): void {
  sheet.cells.forEach((row, r) =>
    row.forEach((value: CellValue, c) => {
      const at = (): string => areaRef({ top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 });
      if (typeof value === 'number' && !Number.isFinite(value))
        throw new XlsxError(sheet.name, at(), `${value} is not a number Excel can store.`);
      if (typeof value === 'string' && value.length > MAX_TEXT)
        throw new XlsxError(
          sheet.name,
          at(),
          `the text is ${value.length} characters; a cell holds at most ${MAX_TEXT}.`,
        );
    }),
  );
}

function checkTables(sheet: ReportSheet, taken: Set<string>): void {
  const areas: Area[] = [];
  for (const table of sheet.tables) {
    const name = table.name;
    if (
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
      parseCell(name) !== null ||
      /^[RrCc]$/.test(name) ||
      /^[Rr]\d*[Cc]\d*$/.test(name)
    )
      throw new XlsxError(
        sheet.name,
        '',
        `'${name}' cannot be a table name: start with a letter or _, then letters, digits or _; it must not look like a cell.`,
      );
    if (taken.has(name.toLowerCase()))
      throw new XlsxError(
        sheet.name,
        '',
        `two tables are called '${name}'; table names must be unique in the workbook (Excel ignores case).`,
      );
    taken.add(name.toLowerCase());
    const a = area(sheet, table.range, `table ${name}`);
    if (a.bottom === a.top)
      throw new XlsxError(sheet.name, table.range, `table ${name} has a header row but no rows under it.`);
    const overlap = areas.find(
      (b) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom,
    );
    if (overlap)
      throw new XlsxError(
        sheet.name,
        table.range,
        `table ${name} overlaps another table at ${areaRef(overlap)}.`,
      );
    areas.push(a);
    const headers = new Set<string>();
    for (let column = a.left; column <= a.right; column++) {
      const at = areaRef({ top: a.top, left: column, bottom: a.top, right: column });
      const text = headerText(sheet.cells[a.top - 1]?.[column - 1] ?? null);
      if (text === '')
        throw new XlsxError(
          sheet.name,
          at,
          `table ${name} needs a heading in every column of its first row.`,
        );
      if (headers.has(text.toLowerCase()))
        throw new XlsxError(
          sheet.name,
          at,
          `table ${name} has the heading '${text}' twice; Excel needs each column's heading once.`,
        );
      headers.add(text.toLowerCase());
    }
  }
}

/** A table's header cells are text in Excel; a number or TRUE there is written as its text. */
export function headerText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value).trim() === '' ? '' : String(value);
}

function checkChart(sheet: ReportSheet, chart: ReportSheet['charts'][number]): void {
  const cats = area(sheet, chart.categories, `chart ${chart.name} categories`);
  const vals = area(sheet, chart.values, `chart ${chart.name} values`);
  const length = (a: Area): number | null =>
    a.left === a.right ? a.bottom - a.top + 1 : a.top === a.bottom ? a.right - a.left + 1 : null;
  if (length(cats) === null || length(vals) === null || length(cats) !== length(vals))
    throw new XlsxError(
      sheet.name,
      chart.values,
      `chart ${chart.name} needs one row or column of values as long as its categories (${chart.categories}).`,
    );
  const from = cell(sheet, chart.from, `chart ${chart.name} position`);
  const to = cell(sheet, chart.to, `chart ${chart.name} position`);
  if (to.row < from.row || to.column < from.column)
    throw new XlsxError(
      sheet.name,
      chart.from,
      `chart ${chart.name} must run from its top-left cell to its bottom-right cell (${chart.to}).`,
    );
}

function area(sheet: ReportSheet, range: string, what: string): Area {
  const a = parseArea(range);
  if (a === null)
    throw new XlsxError(sheet.name, range, `the ${what} '${range}' is not a range like A1 or A5:E9.`);
  return a;
}

function cell(sheet: ReportSheet, address: string, what: string): { row: number; column: number } {
  const c = parseCell(address);
  if (c === null) throw new XlsxError(sheet.name, address, `the ${what} '${address}' is not a cell like B7.`);
  return c;
}

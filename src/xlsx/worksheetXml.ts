import type { CellStyle, ReportSheet } from '../core/report/ReportSheet';
import type { CellValue } from '../core/sheets/SheetData';
import { cellAddress, cellsOf, columnLetters, parseArea } from './a1';
import type { SharedStrings } from './SharedStrings';
import type { StyleTable } from './stylesXml';
import { headerText } from './validateReport';
import { NS, XML_HEADER, escapeXml } from './xml';

export interface WorksheetParts {
  /** Cell format index by row, then column (from styleGrid). */
  readonly styles: ReadonlyMap<number, ReadonlyMap<number, number>>;
  readonly drawingRelId: string | null;
  readonly tableRelIds: readonly string[];
  readonly selected: boolean;
}

/**
 * Cell -> style index; a cell in several styled ranges takes the last one listed, and a cell in a wrapped
 * range keeps its style and number format and wraps as well.
 */
export function styleGrid(sheet: ReportSheet, table: StyleTable): Map<number, Map<number, number>> {
  type Look = { style: CellStyle | null; numberFormat: string | undefined; wrap: boolean };
  const looks = new Map<number, Map<number, Look>>();
  const lookAt = (row: number, column: number): Look => {
    let cols = looks.get(row);
    if (!cols) looks.set(row, (cols = new Map<number, Look>()));
    let look = cols.get(column);
    if (!look) cols.set(column, (look = { style: null, numberFormat: undefined, wrap: false }));
    return look;
  };
  for (const s of sheet.styles)
    for (const { row, column } of cellsOf(parseArea(s.range)!)) {
      const look = lookAt(row, column);
      look.style = s.style;
      look.numberFormat = s.numberFormat;
    }
  for (const range of sheet.wrapped ?? [])
    for (const { row, column } of cellsOf(parseArea(range)!)) lookAt(row, column).wrap = true;
  const grid = new Map<number, Map<number, number>>();
  for (const [row, cols] of looks)
    grid.set(
      row,
      new Map([...cols].map(([column, l]) => [column, table.indexOf(l.style, l.numberFormat, l.wrap)])),
    );
  return grid;
}

/** Cells that head a table: Excel keeps them as text, so they are written as text. */
function headerCells(sheet: ReportSheet): Set<string> {
  const cells = new Set<string>();
  for (const t of sheet.tables) {
    const a = parseArea(t.range)!;
    for (let column = a.left; column <= a.right; column++) cells.add(cellAddress(a.top, column));
  }
  return cells;
}

function cellXml(
  ref: string,
  value: CellValue,
  style: number | undefined,
  asText: boolean,
  strings: SharedStrings,
): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  if (asText) return `<c r="${ref}"${s} t="s"><v>${strings.add(headerText(value))}</v></c>`;
  if (value === null || value === '') return s === '' ? '' : `<c r="${ref}"${s}/>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="s"><v>${strings.add(value)}</v></c>`;
}

function sheetDataXml(
  sheet: ReportSheet,
  styles: ReadonlyMap<number, ReadonlyMap<number, number>>,
  strings: SharedStrings,
): string {
  const headers = headerCells(sheet);
  const rowCount = Math.max(sheet.cells.length, ...styles.keys());
  const rows: string[] = [];
  for (let row = 1; row <= rowCount; row++) {
    const values = sheet.cells[row - 1] ?? [];
    const styled = styles.get(row);
    const width = Math.max(values.length, ...(styled?.keys() ?? []));
    let cells = '';
    for (let column = 1; column <= width; column++) {
      const ref = cellAddress(row, column);
      cells += cellXml(ref, values[column - 1] ?? null, styled?.get(column), headers.has(ref), strings);
    }
    if (cells !== '') rows.push(`<row r="${row}">${cells}</row>`);
  }
  return `<sheetData>${rows.join('')}</sheetData>`;
}

function sheetViewXml(sheet: ReportSheet, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : '';
  if (sheet.freezeRows === 0) return `<sheetViews><sheetView workbookViewId="0"${tab}/></sheetViews>`;
  const topLeft = `A${sheet.freezeRows + 1}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"${tab}>` +
    `<pane ySplit="${sheet.freezeRows}" topLeftCell="${topLeft}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function colsXml(widths: readonly number[]): string {
  if (widths.length === 0) return '';
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  return `<cols>${cols.join('')}</cols>`;
}

function hyperlinksXml(sheet: ReportSheet): string {
  if (sheet.links.length === 0) return '';
  const links = sheet.links.map(
    (l) => `<hyperlink ref="${l.cell.replace(/\$/g, '')}" location="${escapeXml(l.target)}"/>`,
  );
  return `<hyperlinks>${links.join('')}</hyperlinks>`;
}

/** xl/worksheets/sheetN.xml, its elements in the order the schema requires (Excel rejects any other). */
export function worksheetXml(sheet: ReportSheet, strings: SharedStrings, parts: WorksheetParts): string {
  const widest = Math.max(1, ...sheet.cells.map((r) => r.length));
  const dimension = `A1:${columnLetters(widest)}${Math.max(1, sheet.cells.length)}`;
  const drawing = parts.drawingRelId === null ? '' : `<drawing r:id="${parts.drawingRelId}"/>`;
  const tables =
    parts.tableRelIds.length === 0
      ? ''
      : `<tableParts count="${parts.tableRelIds.length}">${parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join('')}</tableParts>`;
  return (
    XML_HEADER +
    `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<dimension ref="${dimension}"/>` +
    sheetViewXml(sheet, parts.selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(sheet.columnWidths) +
    sheetDataXml(sheet, parts.styles, strings) +
    hyperlinksXml(sheet) +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    drawing +
    tables +
    '</worksheet>'
  );
}

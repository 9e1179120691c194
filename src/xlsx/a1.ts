/** A rectangle of cells, 1-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 1-based column number to letters: 1 -> A, 27 -> AA. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** "B7" or "$B$7" to row and column; null when it is not a cell inside Excel's grid. */
export function parseCell(address: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  const column = columnNumber(m[1]!);
  const row = Number(m[2]);
  if (!(column >= 1 && column <= MAX_COLUMNS && row >= 1 && row <= MAX_ROWS)) return null;
  return { row, column };
}

/** "A5:E9" (or one cell) to an area, corners in either order; null when it is not a range. */
export function parseArea(range: string): Area | null {
  const [first, second, extra] = range.split(':');
  if (first === undefined || extra !== undefined) return null;
  const a = parseCell(first);
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function areaRef(area: Area): string {
  const from = cellAddress(area.top, area.left);
  const to = cellAddress(area.bottom, area.right);
  return from === to ? from : `${from}:${to}`;
}

/** 'Sheet name'!$A$2:$A$9, as chart formulas are written. */
export function absoluteRef(sheet: string, area: Area): string {
  const corner = (row: number, column: number): string => `$${columnLetters(column)}$${row}`;
  return `${quoteSheet(sheet)}!${corner(area.top, area.left)}:${corner(area.bottom, area.right)}`;
}

/** Always quoted (Excel accepts it for any name, and it saves knowing which names need it); ' is doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Every cell of an area, row by row. */
export function* cellsOf(area: Area): Generator<{ row: number; column: number }> {
  for (let row = area.top; row <= area.bottom; row++)
    for (let column = area.left; column <= area.right; column++) yield { row, column };
}

import { columnLetters, columnNumber } from '../../core/sheets/cellAddress';
import { SimError } from '../SimError';
import { MAX_COLUMNS, MAX_ROWS, inBounds, type Rect } from './Rect';

export interface ParsedAddress {
  readonly sheet?: string;
  readonly rect: Rect;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

function bad(address: string, why: string): SimError {
  return new SimError('InvalidArgument', {
    location: 'Worksheet.getRange',
    statement: `"${address}": ${why}`,
  });
}

/** Splits "'My Sheet'!A1:B2" into sheet and rest; quotes inside a quoted name are doubled. */
function splitSheet(address: string): { sheet?: string; rest: string } {
  if (address.startsWith("'")) {
    const m = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
    if (!m) throw bad(address, 'unbalanced quotes around the sheet name');
    return { sheet: m[1]!.replace(/''/g, "'"), rest: m[2]! };
  }
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { rest: address };
  return { sheet: address.slice(0, bang), rest: address.slice(bang + 1) };
}

function corner(part: string, address: string): { row?: number; column?: number } {
  const cell = CELL.exec(part);
  if (cell) return { column: columnNumber(cell[1]!) - 1, row: Number(cell[2]) - 1 };
  const column = COLUMN.exec(part);
  if (column) return { column: columnNumber(column[1]!) - 1 };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  throw bad(address, `"${part}" is not an A1-style reference`);
}

/** Parses A1-style addresses: "B3", "A1:C9", "C:C", "2:5", "$A$1", "Audit!A1", "'Case list'!A:B". */
export function parseAddress(address: string): ParsedAddress {
  const { sheet, rest } = splitSheet(address.trim());
  const parts = rest.split(':');
  if (parts.length > 2 || rest === '') throw bad(address, 'expected one cell or one rectangle');
  const a = corner(parts[0]!, address);
  const b = parts.length === 2 ? corner(parts[1]!, address) : a;
  const wholeColumns = a.row === undefined && b.row === undefined;
  const wholeRows = a.column === undefined && b.column === undefined;
  if (parts.length === 1 && (wholeColumns || wholeRows))
    throw bad(address, 'a single column or row needs a colon, e.g. "C:C"');
  if (
    (a.row === undefined) !== (b.row === undefined) ||
    (a.column === undefined) !== (b.column === undefined)
  ) {
    throw bad(address, 'both ends must be cells, columns or rows alike');
  }
  const r = {
    r0: wholeColumns ? 0 : Math.min(a.row!, b.row!),
    r1: wholeColumns ? MAX_ROWS - 1 : Math.max(a.row!, b.row!),
    c0: wholeRows ? 0 : Math.min(a.column!, b.column!),
    c1: wholeRows ? MAX_COLUMNS - 1 : Math.max(a.column!, b.column!),
  };
  if (!inBounds(r)) throw bad(address, 'outside the worksheet');
  return sheet === undefined ? { rect: r } : { sheet, rect: r };
}

/** A sheet name as it must appear in a reference: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  const plain =
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^[Rr]\d*[Cc]\d*$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:C3", "C:E" or "2:4", without the sheet. */
export function formatRect(r: Rect): string {
  if (r.r0 === 0 && r.r1 === MAX_ROWS - 1 && !(r.c0 === 0 && r.c1 === MAX_COLUMNS - 1)) {
    return `${columnLetters(r.c0 + 1)}:${columnLetters(r.c1 + 1)}`;
  }
  if (r.c0 === 0 && r.c1 === MAX_COLUMNS - 1) return `${r.r0 + 1}:${r.r1 + 1}`;
  const a = `${columnLetters(r.c0 + 1)}${r.r0 + 1}`;
  if (r.r0 === r.r1 && r.c0 === r.c1) return a;
  return `${a}:${columnLetters(r.c1 + 1)}${r.r1 + 1}`;
}

/** "Audit!A1:C3", as Range.address reads. */
export function formatAddress(sheet: string, r: Rect): string {
  return `${quoteSheetName(sheet)}!${formatRect(r)}`;
}

/** "$A$1:$C$3" for list-validation sources and chart references. */
export function absoluteRect(r: Rect): string {
  return formatRect(r).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

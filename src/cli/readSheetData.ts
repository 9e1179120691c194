import type ExcelJS from 'exceljs';
import type { CellValue, SheetData } from '../core/sheets/SheetData';
import { cellValue } from './cellValue';

/** A block of a worksheet, 1-based and inclusive. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Every cell with a value, as worksheet position -> value; merged cells other than the first read as blank. */
function filledCells(worksheet: ExcelJS.Worksheet): {
  box: Box | null;
  at: (r: number, c: number) => CellValue;
} {
  const rows = new Map<number, Map<number, CellValue>>();
  let box: Box | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = cellValue(cell.value);
      if (value === '') return;
      let cells = rows.get(r);
      if (cells === undefined) rows.set(r, (cells = new Map<number, CellValue>()));
      cells.set(c, value);
      box =
        box === null
          ? { top: r, left: c, bottom: r, right: c }
          : {
              top: Math.min(box.top, r),
              left: Math.min(box.left, c),
              bottom: Math.max(box.bottom, r),
              right: Math.max(box.right, c),
            };
    });
  });
  return { box, at: (r, c) => rows.get(r)?.get(c) ?? '' };
}

/**
 * The sheet's used range (by values, as getUsedRange(true) reads it) as SheetData, keeping where it starts so
 * that every engine message names the right cell.
 */
export function readSheetData(worksheet: ExcelJS.Worksheet, within?: Box): SheetData {
  const { box: used, at } = filledCells(worksheet);
  const box = within ?? used;
  if (box === null) return { name: worksheet.name, rows: [] };
  const rows: CellValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const cells: CellValue[] = [];
    for (let c = box.left; c <= box.right; c++) cells.push(at(r, c));
    rows.push(cells);
  }
  return { name: worksheet.name, rows, firstRow: box.top, firstColumn: box.left };
}

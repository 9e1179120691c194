import type { CellContent, CellScalar } from './parseInput';
import { MAX_COLUMNS, MAX_ROWS, type Axis, type Rect } from './Rect';

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

/**
 * One worksheet row, dense by column. Parallel arrays rather than an object per cell keep 100,000 rows
 * × 70 columns to a few arrays per row; formulas, formats and links exist only on rows that use them.
 */
interface Row {
  v: (CellScalar | undefined)[];
  f?: (string | undefined)[];
  nf?: (string | undefined)[];
  ln?: (Hyperlink | undefined)[];
}

export const GENERAL = 'General';

export class CellGrid {
  private rows: (Row | undefined)[] = [];
  /** Formats given to entire columns/rows, so "C:C is text" costs one entry, not a million. */
  private columnFormats: (string | undefined)[] = [];
  private rowFormats: (string | undefined)[] = [];
  /** Whether any entire row/column format exists: reading past a sparse array's end is slow in V8. */
  private lineFormats = false;

  get rowsInUse(): number {
    return this.rows.length;
  }

  value(r: number, c: number): CellScalar {
    return this.rows[r]?.v[c] ?? '';
  }

  formula(r: number, c: number): string | undefined {
    return this.rows[r]?.f?.[c];
  }

  numberFormat(r: number, c: number): string {
    const own = this.rows[r]?.nf?.[c];
    if (own !== undefined) return own;
    if (!this.lineFormats) return GENERAL;
    return this.rowFormats[r] ?? this.columnFormats[c] ?? GENERAL;
  }

  /** A constant that needs no parsing (number, boolean, plain text), set without allocating. */
  setPlain(r: number, c: number, value: CellScalar): void {
    const row = this.rows[r] ?? this.row(r);
    row.v[c] = value === '' ? undefined : value;
    if (row.f) row.f[c] = undefined;
  }

  /** The stored values of row r (holes are empty cells), for bulk reads. */
  rowValues(r: number): readonly (CellScalar | undefined)[] | undefined {
    return this.rows[r]?.v;
  }

  hyperlink(r: number, c: number): Hyperlink | undefined {
    return this.rows[r]?.ln?.[c];
  }

  private row(r: number): Row {
    let row = this.rows[r];
    if (!row) {
      row = { v: [] };
      this.rows[r] = row;
    }
    return row;
  }

  setContent(r: number, c: number, content: CellContent): void {
    const existing = this.rows[r];
    if (content.value === '' && content.formula === undefined && !existing) return;
    const row = existing ?? this.row(r);
    row.v[c] = content.value === '' ? undefined : content.value;
    if (content.formula !== undefined) (row.f ??= [])[c] = content.formula;
    else if (row.f) row.f[c] = undefined;
    if (content.autoFormat !== undefined && this.numberFormat(r, c) === GENERAL) {
      (row.nf ??= [])[c] = content.autoFormat;
    }
  }

  setNumberFormat(r: number, c: number, format: string): void {
    const value = format === '' || format === GENERAL ? undefined : format;
    if (
      value === undefined &&
      !this.rows[r]?.nf &&
      this.rowFormats[r] === undefined &&
      this.columnFormats[c] === undefined
    ) {
      return;
    }
    (this.row(r).nf ??= [])[c] = value ?? GENERAL;
  }

  /** One format for a whole rectangle; entire columns and rows are recorded once, as Excel does. */
  setRectNumberFormat(rect: Rect, format: string): void {
    const value = format === '' || format === GENERAL ? undefined : format;
    if (rect.r0 === 0 && rect.r1 === MAX_ROWS - 1) {
      this.lineFormats = true;
      for (let c = rect.c0; c <= rect.c1; c++) this.columnFormats[c] = value;
      this.forEachRow(rect, (row) => {
        if (row.nf) for (let c = rect.c0; c <= rect.c1; c++) row.nf[c] = undefined;
      });
      return;
    }
    if (rect.c0 === 0 && rect.c1 === MAX_COLUMNS - 1) {
      this.lineFormats = true;
      for (let r = rect.r0; r <= rect.r1; r++) this.rowFormats[r] = value;
      this.forEachRow(rect, (row) => delete row.nf);
      return;
    }
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) this.setNumberFormat(r, c, format);
  }

  setHyperlink(r: number, c: number, link: Hyperlink | undefined): void {
    if (!link && !this.rows[r]?.ln) return;
    (this.row(r).ln ??= [])[c] = link;
  }

  /** Calls back for every stored row inside rect (empty rows are skipped: they hold nothing). */
  forEachRow(rect: Rect, callback: (row: Row, r: number) => void): void {
    const last = Math.min(rect.r1, this.rows.length - 1);
    for (let r = rect.r0; r <= last; r++) {
      const row = this.rows[r];
      if (row) callback(row, r);
    }
  }

  clearContents(rect: Rect): void {
    this.forEachRow(rect, (row) => {
      const last = Math.min(rect.c1, row.v.length - 1);
      for (let c = rect.c0; c <= last; c++) row.v[c] = undefined;
      if (row.f) for (let c = rect.c0; c <= rect.c1 && c < row.f.length; c++) row.f[c] = undefined;
    });
  }

  clearFormats(rect: Rect): void {
    this.setRectNumberFormat(rect, GENERAL);
  }

  clearHyperlinks(rect: Rect): void {
    this.forEachRow(rect, (row) => {
      if (row.ln) for (let c = rect.c0; c <= rect.c1 && c < row.ln.length; c++) row.ln[c] = undefined;
    });
  }

  /** The bounding box of cells holding something (values/formulas; with formats and links unless valuesOnly). */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r0 = -1;
    let r1 = -1;
    let c0 = Number.MAX_SAFE_INTEGER;
    let c1 = -1;
    const consider = (arr: readonly unknown[] | undefined, r: number): void => {
      if (!arr) return;
      let lo = 0;
      while (lo < arr.length && arr[lo] === undefined) lo++;
      if (lo === arr.length) return;
      let hi = arr.length - 1;
      while (arr[hi] === undefined) hi--;
      if (r0 < 0) r0 = r;
      r1 = r;
      c0 = Math.min(c0, lo);
      c1 = Math.max(c1, hi);
    };
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      consider(row.v, r);
      consider(row.f, r);
      if (!valuesOnly) {
        consider(row.nf, r);
        consider(row.ln, r);
      }
    }
    return r0 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  /** Entire rows/columns inserted (count > 0) or deleted (count < 0) at `at`. */
  shift(axis: Axis, at: number, count: number): void {
    if (axis === 'rows') {
      spliceArray(this.rows, at, count);
      spliceArray(this.rowFormats, at, count);
      return;
    }
    spliceArray(this.columnFormats, at, count);
    for (const row of this.rows) {
      if (!row) continue;
      spliceArray(row.v, at, count);
      if (row.f) spliceArray(row.f, at, count);
      if (row.nf) spliceArray(row.nf, at, count);
      if (row.ln) spliceArray(row.ln, at, count);
    }
  }

  /**
   * Gives rows r0..r1 (columns c0..c1; every column when c1 is omitted) the number formats row `from` holds
   * itself, and its entire-row format: Excel formats inserted rows like the row above them.
   */
  copyRowNumberFormats(from: number, r0: number, r1: number, c0 = 0, c1?: number): void {
    const source = this.rows[from]?.nf;
    const whole = c1 === undefined;
    if (whole && this.rowFormats[from] !== undefined) {
      for (let r = r0; r <= r1; r++) this.rowFormats[r] = this.rowFormats[from];
    }
    for (let r = r0; r <= r1; r++) {
      const row = this.rows[r];
      if (!source && !row?.nf) continue;
      if (whole && source) {
        (row ?? this.row(r)).nf = source.slice();
        continue;
      }
      const nf = ((row ?? this.row(r)).nf ??= []);
      const last = c1 ?? nf.length - 1;
      for (let c = c0; c <= last; c++) nf[c] = source?.[c];
    }
  }

  /** Moves the cells of columns c0..c1 from row `at` down by `count` rows (Excel's "insert cells, shift down"). */
  shiftCellsDown(at: number, c0: number, c1: number, count: number): void {
    for (let r = this.rows.length - 1; r >= at; r--) {
      for (let c = c0; c <= c1; c++) this.moveCell(r, c, r + count, c);
    }
  }

  /** Moves the cells of columns c0..c1 from row `from + count` up to `from` (Excel's "delete cells, shift up"). */
  shiftCellsUp(from: number, c0: number, c1: number, count: number): void {
    const last = this.rows.length - 1;
    for (let r = from; r <= last; r++) {
      for (let c = c0; c <= c1; c++) this.moveCell(r + count, c, r, c);
    }
  }

  /** Moves the cells of rows r0..r1 from column `at` right by `count` columns. */
  shiftCellsRight(at: number, r0: number, r1: number, count: number): void {
    this.forEachRow({ r0, r1, c0: 0, c1: 0 }, (row) => {
      for (const arr of [row.v, row.f, row.nf, row.ln]) {
        if (arr) spliceArray<unknown>(arr, at, count);
      }
    });
  }

  private moveCell(fr: number, fc: number, tr: number, tc: number): void {
    const from = this.rows[fr];
    const to = this.rows[tr];
    if (!from && !to) return;
    const target = to ?? this.row(tr);
    target.v[tc] = from?.v[fc];
    if (from?.f?.[fc] !== undefined || target.f) (target.f ??= [])[tc] = from?.f?.[fc];
    if (from?.nf?.[fc] !== undefined || target.nf) (target.nf ??= [])[tc] = from?.nf?.[fc];
    if (from?.ln?.[fc] !== undefined || target.ln) (target.ln ??= [])[tc] = from?.ln?.[fc];
  }
}

/**
 * Inserts `count` holes at `at`, or removes -count entries from `at`. Not `splice(at, 0, ...holes)`: a
 * spread passes every hole as an argument, and inserting 200,000 rows overflowed the stack.
 */
function spliceArray<T>(arr: (T | undefined)[], at: number, count: number): void {
  if (arr.length <= at) return;
  if (count <= 0) {
    arr.splice(at, -count);
    return;
  }
  const length = arr.length;
  arr.length = length + count;
  arr.copyWithin(at + count, at, length);
  arr.fill(undefined, at, at + count);
}

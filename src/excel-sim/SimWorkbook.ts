import type { ExcelHost } from '../excel/ExcelHost';
import type { SimBackend, SimStats } from './api/SimBackend';
import { type BeforeSync, SimContext } from './api/SimContext';
import { SimError } from './SimError';
import { formatRect, parseAddress } from './model/address';
import { GENERAL } from './model/CellGrid';
import { formatText } from './model/formatText';
import type { CellScalar } from './model/parseInput';
import { assertContentsEditable } from './model/protection';
import { shiftSheet } from './model/shiftSheet';
import type { SheetModel } from './model/SheetModel';
import { WorkbookModel } from './model/WorkbookModel';
import { writeContents } from './model/writeCells';
import { snapshotOf, type WorkbookSnapshot } from './snapshot';

export interface SimWorkbookOptions {
  /** Excel on the web refuses a batch whose request is larger than this (default 5 MB). */
  requestLimitBytes?: number;
  /** ...and a response larger than this (default 5 MB); Infinity to model Excel desktop. */
  responseLimitBytes?: number;
  /** Sheets to start with (default one, "Sheet1"); [] for none. */
  sheets?: readonly string[];
}

export interface SimCell {
  readonly value: CellScalar;
  /** The formula, or null when the cell holds a constant (free text stays a constant). */
  readonly formula: string | null;
  readonly numberFormat: string;
  readonly text: string;
}

const FIVE_MB = 5 * 1024 * 1024;

/**
 * An in-memory Excel workbook. `host()` gives an ExcelHost whose `run` behaves like Excel.run; the other
 * methods are for tests and the preview: look at cells, act as the user, or damage the workbook.
 */
export class SimWorkbook {
  readonly stats: SimStats = {
    syncs: 0,
    requests: 0,
    requestBytes: 0,
    largestRequestBytes: 0,
    responseBytes: 0,
    largestResponseBytes: 0,
  };
  private readonly model = new WorkbookModel();
  private readonly listeners = new Set<() => void>();
  private readonly backend: SimBackend;

  constructor(options: SimWorkbookOptions = {}) {
    for (const name of options.sheets ?? ['Sheet1']) this.model.addSheet(name);
    this.model.version = 0;
    this.backend = {
      model: this.model,
      stats: this.stats,
      requestLimitBytes: options.requestLimitBytes ?? FIVE_MB,
      responseLimitBytes: options.responseLimitBytes ?? FIVE_MB,
      changed: () => this.notify(),
    };
  }

  /**
   * A fresh session (a task pane, a co-author): its runs share this workbook with every other session's.
   * `beforeSync` runs before each of its syncs reaches the workbook: a co-author's change landing between two
   * of this session's round trips (see BeforeSync).
   */
  host(options: { beforeSync?: BeforeSync } = {}): ExcelHost {
    const backend = this.backend;
    const { beforeSync } = options;
    return {
      async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
        const context = new SimContext(backend, beforeSync);
        try {
          const result = await batch(context as unknown as Excel.RequestContext);
          await context.finish();
          return result;
        } finally {
          context.abandon();
        }
      },
    };
  }

  resetStats(): void {
    Object.assign(this.stats, {
      syncs: 0,
      requests: 0,
      requestBytes: 0,
      largestRequestBytes: 0,
      responseBytes: 0,
      largestResponseBytes: 0,
    });
  }

  /** Called after every sync that changed something and after every simulated user action. Returns unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const l of [...this.listeners]) l();
  }

  sheetNames(): string[] {
    return this.model.sheets.map((s) => s.name);
  }

  private sheet(name: string): SheetModel {
    return this.model.requireSheet(name, 'SimWorkbook');
  }

  private cell(sheet: string, address: string): { s: SheetModel; r: number; c: number } {
    const { rect } = parseAddress(address);
    return { s: this.sheet(sheet), r: rect.r0, c: rect.c0 };
  }

  getCell(sheet: string, address: string): SimCell {
    const { s, r, c } = this.cell(sheet, address);
    const value = s.grid.value(r, c);
    const numberFormat = s.grid.numberFormat(r, c);
    return {
      value,
      formula: s.grid.formula(r, c) ?? null,
      numberFormat,
      text: formatText(value, numberFormat),
    };
  }

  /** Values of a rectangle, e.g. getValues("Audit", "A1:D3"). */
  getValues(sheet: string, address: string): CellScalar[][] {
    const s = this.sheet(sheet);
    const { rect } = parseAddress(address);
    const out: CellScalar[][] = [];
    for (let r = rect.r0; r <= rect.r1; r++) {
      const row: CellScalar[] = [];
      for (let c = rect.c0; c <= rect.c1; c++) row.push(s.grid.value(r, c));
      out.push(row);
    }
    return out;
  }

  /** As if a person typed into the cell: the formula rule applies, protection is enforced, onChanged fires. */
  setCell(sheet: string, address: string, value: CellScalar): Promise<void> {
    return this.setValues(sheet, address, [[value]]);
  }

  /** As if a person pasted a block of values at address (its top-left cell). No payload limit applies. */
  async setValues(sheet: string, address: string, values: readonly (readonly CellScalar[])[]): Promise<void> {
    const { s, r, c } = this.cell(sheet, address);
    const rect = { r0: r, c0: c, r1: r + values.length - 1, c1: c + (values[0]?.length ?? 1) - 1 };
    assertContentsEditable(s, rect, 'SimWorkbook.setValues');
    writeContents(this.model, s, rect, values, 'SimWorkbook.setValues');
    this.notify();
    await this.fire('Changed', s, {
      address: formatRect(rect),
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: s.id,
    });
  }

  /** Sets the number format of a range, as the user would through Format Cells. */
  setNumberFormat(sheet: string, address: string, format: string): void {
    const s = this.sheet(sheet);
    s.grid.setRectNumberFormat(parseAddress(address).rect, format === '' ? GENERAL : format);
    this.changed();
  }

  /** As the user clicking: moves the selection and runs onSelectionChanged handlers (awaiting them). */
  async select(sheet: string, address: string): Promise<void> {
    const s = this.sheet(sheet);
    s.selection = parseAddress(address).rect;
    s.selectionAreas = undefined;
    this.model.activeSheet = s;
    this.changed();
    await this.fire('SelectionChanged', s, {
      address: formatRect(s.selection),
      source: 'Local',
      type: 'WorksheetSelectionChanged',
      worksheetId: s.id,
    });
  }

  private async fire(event: 'SelectionChanged' | 'Changed', sheet: SheetModel, args: object): Promise<void> {
    const handlers = this.model.listeners.filter(
      (l) => l.event === event && (l.sheet === undefined || l.sheet === sheet),
    );
    await Promise.all(handlers.map((l) => l.handler(args)));
  }

  private changed(): void {
    this.model.version++;
    this.notify();
  }

  /** Damage helpers: what a user can do to the workbook between our runs. */
  addSheet(name: string): void {
    this.model.addSheet(name, 'SimWorkbook.addSheet');
    this.notify();
  }

  renameSheet(from: string, to: string): void {
    this.model.renameSheet(this.sheet(from), to);
    this.notify();
  }

  deleteSheet(name: string): void {
    this.model.deleteSheet(this.sheet(name));
    this.notify();
  }

  /** Deletes entire columns, e.g. deleteColumns("Audit", "C:C"), shifting the rest left as Excel does. */
  deleteColumns(sheet: string, columns: string): void {
    this.shift(sheet, columns, -1, 'columns');
  }

  insertColumns(sheet: string, columns: string): void {
    this.shift(sheet, columns, 1, 'columns');
  }

  /** Deletes entire rows, e.g. deleteRows("Audit", "5:7"). */
  deleteRows(sheet: string, rows: string): void {
    this.shift(sheet, rows, -1, 'rows');
  }

  insertRows(sheet: string, rows: string): void {
    this.shift(sheet, rows, 1, 'rows');
  }

  private shift(sheet: string, address: string, sign: 1 | -1, axis: 'rows' | 'columns'): void {
    const { rect } = parseAddress(address);
    const [at, n] = axis === 'rows' ? [rect.r0, rect.r1 - rect.r0 + 1] : [rect.c0, rect.c1 - rect.c0 + 1];
    shiftSheet(this.model, this.sheet(sheet), axis, at, sign * n);
    this.notify();
  }

  /** Clears contents (not formats) of a range, as pressing Delete does. */
  clearRange(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const { rect } = parseAddress(address);
    assertContentsEditable(s, rect, 'SimWorkbook.clearRange');
    s.grid.clearContents(rect);
    this.changed();
  }

  snapshot(): WorkbookSnapshot {
    return snapshotOf(this.model);
  }
}

export { SimError };

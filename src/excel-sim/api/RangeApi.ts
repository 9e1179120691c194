import { SimError } from '../SimError';
import { assertAllowed, assertContentsEditable } from '../model/protection';
import {
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  columnCount,
  intersect,
  isEntireColumn,
  isEntireRow,
  rowCount,
  type Rect,
} from '../model/Rect';
import { shiftSheet } from '../model/shiftSheet';
import { writeContents, writeNumberFormat } from '../model/writeCells';
import { ClientObjectBase, ClientResult, type Resolver } from './ClientObjectBase';
import { columnProperties, type SimColumnPropertiesOptions } from './columnProperties';
import { DataValidationApi } from './DataValidationApi';
import type { Execution } from './Execution';
import { jsonBytes, ACTION_BYTES } from './payload';
import { RangeFormatApi } from './RangeFormatApi';
import { checkBounds, refAddress, refFromAddress, type RangeRef } from './RangeRef';
import { CELL_READERS, readCells } from './readCells';
import type { SimContext } from './SimContext';
import { WorksheetApi } from './WorksheetApi';
import { applyHyperlink, readHyperlink } from './hyperlinks';

const SCALARS = [
  'address',
  'addressLocal',
  'rowIndex',
  'columnIndex',
  'rowCount',
  'columnCount',
  'cellCount',
  'values',
  'formulas',
  'formulasLocal',
  'numberFormat',
  'numberFormatLocal',
  'text',
  'valueTypes',
  'isEntireColumn',
  'isEntireRow',
  'hyperlink',
] as const;

/** Excel.Range. */
export class RangeApi extends ClientObjectBase<RangeRef> {
  private formatApi: RangeFormatApi | undefined;
  private validationApi: DataValidationApi | undefined;

  constructor(context: SimContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, 'Range');
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override check(ref: RangeRef): void {
    if (ref.sheet.deleted)
      throw new SimError('ItemNotFound', {
        location: 'Range',
        statement: `The sheet "${ref.sheet.name}" was deleted.`,
      });
  }

  protected readScalar(ref: RangeRef, name: string, exec: Execution): unknown {
    const { rect } = ref;
    const reader = CELL_READERS[name];
    if (reader) return readCells(ref.sheet.grid, rect, reader, exec);
    switch (name) {
      case 'address':
      case 'addressLocal':
        return refAddress(ref);
      case 'rowIndex':
        return rect.r0;
      case 'columnIndex':
        return rect.c0;
      case 'rowCount':
        return rowCount(rect);
      case 'columnCount':
        return columnCount(rect);
      case 'cellCount':
        return rowCount(rect) * columnCount(rect);
      case 'isEntireColumn':
        return isEntireColumn(rect);
      case 'isEntireRow':
        return isEntireRow(rect);
      case 'hyperlink':
        return readHyperlink(ref);
      default:
        return undefined;
    }
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    if (name === 'format') return this.format;
    if (name === 'dataValidation') return this.dataValidation;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  get address(): string {
    return this.get('address');
  }
  get addressLocal(): string {
    return this.get('addressLocal');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get isEntireColumn(): boolean {
    return this.get('isEntireColumn');
  }
  get isEntireRow(): boolean {
    return this.get('isEntireRow');
  }
  get text(): string[][] {
    return this.get('text');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.writeCells('values', v);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeCells('formulas', v);
  }
  get formulasLocal(): unknown[][] {
    return this.get('formulasLocal');
  }
  set formulasLocal(v: unknown[][]) {
    this.writeCells('formulasLocal', v);
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.set(
      'numberFormat',
      v,
      (ref) => writeNumberFormat(this.wb, ref.sheet, ref.rect, v, 'Range.numberFormat'),
      ACTION_BYTES + jsonBytes(v),
    );
  }
  get numberFormatLocal(): unknown[][] {
    return this.get('numberFormatLocal');
  }
  set numberFormatLocal(v: unknown[][]) {
    this.numberFormat = v;
  }

  get hyperlink(): unknown {
    return this.get('hyperlink');
  }
  set hyperlink(v: unknown) {
    this.set('hyperlink', v, (ref) => applyHyperlink(this.wb, ref, v), ACTION_BYTES + jsonBytes(v));
  }

  private writeCells(name: string, v: unknown): void {
    this.set(
      name,
      v,
      (ref) => writeContents(this.wb, ref.sheet, ref.rect, v, `Range.${name}`),
      ACTION_BYTES + jsonBytes(v),
    );
  }

  private get wb() {
    return this.context.backend.model;
  }

  /** ExcelApi 1.9: per-column properties, answered with the sync (see columnProperties.ts). */
  getColumnProperties(options: SimColumnPropertiesOptions): ClientResult<Excel.ColumnProperties[]> {
    const result = new ClientResult<Excel.ColumnProperties[]>();
    this.queue((ref, exec) => {
      const value = columnProperties(ref, options);
      exec.responseBytes += jsonBytes(value);
      exec.publish(() => result.settle(value));
    });
    return result;
  }

  get format(): RangeFormatApi {
    return (this.formatApi ??= new RangeFormatApi(this.context, () => this.requireModel()));
  }

  get dataValidation(): DataValidationApi {
    return (this.validationApi ??= new DataValidationApi(this.context, () => this.requireModel()));
  }

  get worksheet(): WorksheetApi {
    return new WorksheetApi(this.context, () => this.requireModel()?.sheet ?? null);
  }

  /** A range computed from this one at sync time, checked against the sheet's edges. */
  private derive(location: string, compute: (ref: RangeRef) => Rect | null): RangeApi {
    return new RangeApi(this.context, () => {
      const ref = this.requireModel();
      if (!ref) return null;
      const r = compute(ref);
      return r === null ? null : { sheet: ref.sheet, rect: checkBounds(ref.sheet, r, location) };
    });
  }

  private otherRect(ref: RangeRef, other: RangeApi | string, location: string): Rect {
    const o =
      typeof other === 'string' ? refFromAddress(this.wb, ref.sheet, other, location) : other.requireModel();
    if (!o || o.sheet !== ref.sheet)
      throw new SimError('InvalidArgument', {
        location,
        statement: 'Both ranges must be on the same sheet.',
      });
    return o.rect;
  }

  getCell(row: number, column: number): RangeApi {
    return this.derive('Range.getCell', ({ rect }) => ({
      r0: rect.r0 + row,
      c0: rect.c0 + column,
      r1: rect.r0 + row,
      c1: rect.c0 + column,
    }));
  }
  getRow(row: number): RangeApi {
    return this.derive('Range.getRow', ({ rect }) => ({ ...rect, r0: rect.r0 + row, r1: rect.r0 + row }));
  }
  getColumn(column: number): RangeApi {
    return this.derive('Range.getColumn', ({ rect }) => ({
      ...rect,
      c0: rect.c0 + column,
      c1: rect.c0 + column,
    }));
  }
  getOffsetRange(rows: number, columns: number): RangeApi {
    return this.derive('Range.getOffsetRange', ({ rect }) => ({
      r0: rect.r0 + rows,
      c0: rect.c0 + columns,
      r1: rect.r1 + rows,
      c1: rect.c1 + columns,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeApi {
    return this.derive('Range.getResizedRange', ({ rect }) => ({
      ...rect,
      r1: rect.r1 + deltaRows,
      c1: rect.c1 + deltaColumns,
    }));
  }
  getAbsoluteResizedRange(numRows: number, numColumns: number): RangeApi {
    return this.derive('Range.getAbsoluteResizedRange', ({ rect }) => ({
      ...rect,
      r1: rect.r0 + numRows - 1,
      c1: rect.c0 + numColumns - 1,
    }));
  }
  getEntireColumn(): RangeApi {
    return this.derive('Range.getEntireColumn', ({ rect }) => ({ ...rect, r0: 0, r1: MAX_ROWS - 1 }));
  }
  getEntireRow(): RangeApi {
    return this.derive('Range.getEntireRow', ({ rect }) => ({ ...rect, c0: 0, c1: MAX_COLUMNS - 1 }));
  }
  getLastCell(): RangeApi {
    return this.derive('Range.getLastCell', ({ rect }) => ({
      r0: rect.r1,
      c0: rect.c1,
      r1: rect.r1,
      c1: rect.c1,
    }));
  }
  getLastRow(): RangeApi {
    return this.derive('Range.getLastRow', ({ rect }) => ({ ...rect, r0: rect.r1 }));
  }
  getLastColumn(): RangeApi {
    return this.derive('Range.getLastColumn', ({ rect }) => ({ ...rect, c0: rect.c1 }));
  }
  getRowsAbove(count = 1): RangeApi {
    return this.derive('Range.getRowsAbove', ({ rect }) => ({
      ...rect,
      r0: rect.r0 - count,
      r1: rect.r0 - 1,
    }));
  }
  getRowsBelow(count = 1): RangeApi {
    return this.derive('Range.getRowsBelow', ({ rect }) => ({
      ...rect,
      r0: rect.r1 + 1,
      r1: rect.r1 + count,
    }));
  }
  getColumnsBefore(count = 1): RangeApi {
    return this.derive('Range.getColumnsBefore', ({ rect }) => ({
      ...rect,
      c0: rect.c0 - count,
      c1: rect.c0 - 1,
    }));
  }
  getColumnsAfter(count = 1): RangeApi {
    return this.derive('Range.getColumnsAfter', ({ rect }) => ({
      ...rect,
      c0: rect.c1 + 1,
      c1: rect.c1 + count,
    }));
  }
  getBoundingRect(other: RangeApi | string): RangeApi {
    return this.derive('Range.getBoundingRect', (ref) =>
      boundingRect(ref.rect, this.otherRect(ref, other, 'Range.getBoundingRect')),
    );
  }
  getIntersection(other: RangeApi | string): RangeApi {
    return this.derive('Range.getIntersection', (ref) => {
      const r = intersect(ref.rect, this.otherRect(ref, other, 'Range.getIntersection'));
      if (!r)
        throw new SimError('ItemNotFound', {
          location: 'Range.getIntersection',
          statement: 'The ranges do not intersect.',
        });
      return r;
    });
  }
  getIntersectionOrNullObject(other: RangeApi | string): RangeApi {
    return this.derive(
      'Range.getIntersectionOrNullObject',
      (ref) => intersect(ref.rect, this.otherRect(ref, other, 'Range.getIntersection')) ?? null,
    );
  }
  getUsedRange(valuesOnly = false): RangeApi {
    return this.derive('Range.getUsedRange', (ref) => {
      const used = ref.sheet.grid.usedRect(valuesOnly);
      const r = used && intersect(used, ref.rect);
      if (!r)
        throw new SimError('ItemNotFound', {
          location: 'Range.getUsedRange',
          statement: `${refAddress(ref)} has no used cells.`,
        });
      return r;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return this.derive('Range.getUsedRangeOrNullObject', (ref) => {
      const used = ref.sheet.grid.usedRect(valuesOnly);
      return (used && intersect(used, ref.rect)) ?? null;
    });
  }

  /** Range.clear(applyTo): contents, formats, hyperlinks or all of them. */
  clear(applyTo: string = 'All'): void {
    this.queue((ref) => {
      const { sheet, rect } = ref;
      const all = applyTo === 'All';
      if (all || applyTo === 'Contents') assertContentsEditable(sheet, rect, 'Range.clear');
      if (all || applyTo === 'Formats') assertAllowed(sheet, 'allowFormatCells', 'Range.clear');
      if (all || applyTo === 'Contents') sheet.grid.clearContents(rect);
      if (all || applyTo === 'Formats') {
        sheet.grid.clearFormats(rect);
        for (const key of [
          'font.',
          'fill.',
          'border.',
          'wrapText',
          'horizontalAlignment',
          'verticalAlignment',
        ])
          sheet.formats.clear(rect, key);
      }
      if (all || applyTo === 'Hyperlinks' || applyTo === 'RemoveHyperlinks') sheet.grid.clearHyperlinks(rect);
      this.wb.version++;
    });
  }

  delete(shift: string): void {
    this.queue((ref) => this.shiftCells(ref, shift, -1, 'Range.delete'));
  }

  insert(shift: string): RangeApi {
    this.queue((ref) => this.shiftCells(ref, shift, 1, 'Range.insert'));
    return new RangeApi(this.context, () => this.requireModel());
  }

  private shiftCells(ref: RangeRef, shift: string, sign: 1 | -1, location: string): void {
    const { sheet, rect } = ref;
    if (isEntireRow(rect)) return shiftSheet(this.wb, sheet, 'rows', rect.r0, sign * rowCount(rect));
    if (isEntireColumn(rect)) return shiftSheet(this.wb, sheet, 'columns', rect.c0, sign * columnCount(rect));
    const vertical = shift === 'Up' || shift === 'Down';
    const touchesTable = this.wb
      .tablesOn(sheet)
      .some((t) => intersect(t.rect, { ...rect, r1: MAX_ROWS - 1 }));
    if (!vertical || touchesTable) {
      throw new SimError('InvalidOperation', {
        location,
        statement: `The simulator shifts only entire rows/columns, or cells up/down clear of tables; ${refAddress(ref)} with shift "${shift}" is not simulated.`,
      });
    }
    assertContentsEditable(sheet, { ...rect, r1: MAX_ROWS - 1 }, location);
    if (sign > 0) sheet.grid.shiftCellsDown(rect.r0, rect.c0, rect.c1, rowCount(rect));
    else sheet.grid.shiftCellsUp(rect.r0, rect.c0, rect.c1, rowCount(rect));
    this.wb.version++;
  }

  select(): void {
    this.queue((ref) => {
      ref.sheet.selection = ref.rect;
      ref.sheet.selectionAreas = undefined;
      this.wb.activeSheet = ref.sheet;
      this.wb.version++;
    });
  }

  calculate(): void {}
  track(): this {
    return this;
  }
  untrack(): this {
    return this;
  }

  /** For messages: "Audit!B2:C3" as it stands at sync time. */
  describe(): string {
    const ref = this.requireModel();
    return ref ? refAddress(ref) : '(null range)';
  }
}

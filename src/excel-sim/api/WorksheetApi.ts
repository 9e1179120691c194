import { SimError } from '../SimError';
import { MAX_COLUMNS, MAX_ROWS } from '../model/Rect';
import type { SheetModel, SheetVisibility } from '../model/SheetModel';
import { ChartCollectionApi } from './ChartCollectionApi';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import { EventApi } from './EventApi';
import type { Execution } from './Execution';
import { FreezePanesApi } from './FreezePanesApi';
import { ProtectionApi } from './ProtectionApi';
import { RangeApi } from './RangeApi';
import { RangeAreasApi, areasFromAddress } from './RangeAreasApi';
import { checkBounds, refFromAddress } from './RangeRef';
import type { SimContext } from './SimContext';
import { TableCollectionApi } from './TableCollectionApi';

const SCALARS = ['name', 'id', 'position', 'visibility', 'tabColor', 'showGridlines'];

/** Excel.Worksheet. */
export class WorksheetApi extends ClientObjectBase<SheetModel> {
  private children: {
    tables?: TableCollectionApi;
    charts?: ChartCollectionApi;
    freeze?: FreezePanesApi;
    protection?: ProtectionApi;
  } = {};

  constructor(context: SimContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, 'Worksheet');
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override check(sheet: SheetModel): void {
    if (sheet.deleted)
      throw new SimError('ItemNotFound', {
        location: 'Worksheet',
        statement: `The sheet "${sheet.name}" was deleted.`,
      });
  }

  protected readScalar(sheet: SheetModel, name: string, _exec: Execution): unknown {
    if (name === 'position') return this.wb.sheets.indexOf(sheet);
    return sheet[name as 'name' | 'id' | 'visibility' | 'tabColor' | 'showGridlines'];
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    const nav: Record<string, () => unknown> = {
      tables: () => this.tables,
      charts: () => this.charts,
      freezePanes: () => this.freezePanes,
      protection: () => this.protection,
    };
    return nav[name]?.() as ClientObjectBase<unknown> | undefined;
  }

  private get wb() {
    return this.context.backend.model;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (sheet) => this.wb.renameSheet(sheet, v));
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  set position(v: number) {
    this.set('position', v, (sheet) => this.wb.moveSheet(sheet, v));
  }
  get visibility(): SheetVisibility {
    return this.get('visibility');
  }
  set visibility(v: SheetVisibility) {
    this.set('visibility', v, (sheet) => {
      if (
        v !== 'Visible' &&
        this.wb.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0
      ) {
        throw new SimError('InvalidOperation', {
          location: 'Worksheet.visibility',
          statement: `"${sheet.name}" is the last visible sheet; a workbook must show one.`,
        });
      }
      sheet.visibility = v;
      if (this.wb.activeSheet === sheet && v !== 'Visible')
        this.wb.activeSheet = this.wb.sheets.find((s) => s.visibility === 'Visible');
      this.wb.version++;
    });
  }
  get tabColor(): string {
    return this.get('tabColor');
  }
  set tabColor(v: string) {
    this.set('tabColor', v, (sheet) => {
      sheet.tabColor = v;
      this.wb.version++;
    });
  }
  get showGridlines(): boolean {
    return this.get('showGridlines');
  }
  set showGridlines(v: boolean) {
    this.set('showGridlines', v, (sheet) => {
      sheet.showGridlines = v;
      this.wb.version++;
    });
  }

  get tables(): TableCollectionApi {
    return (this.children.tables ??= new TableCollectionApi(this.context, () => this.requireModel()));
  }
  get charts(): ChartCollectionApi {
    return (this.children.charts ??= new ChartCollectionApi(this.context, () => this.requireModel()));
  }
  get freezePanes(): FreezePanesApi {
    return (this.children.freeze ??= new FreezePanesApi(this.context, () => this.requireModel()));
  }
  get protection(): ProtectionApi {
    return (this.children.protection ??= new ProtectionApi(this.context, () => this.requireModel()));
  }
  get onSelectionChanged(): EventApi {
    return new EventApi(this.context, 'SelectionChanged', () => this.requireModel() ?? undefined);
  }
  get onChanged(): EventApi {
    return new EventApi(this.context, 'Changed', () => this.requireModel() ?? undefined);
  }

  /** getRange() is the whole sheet; getRange("B2:C5") a rectangle on this sheet. */
  getRange(address?: string): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.requireModel();
      if (!sheet) return null;
      if (address === undefined || address === '')
        return { sheet, rect: { r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLUMNS - 1 } };
      const ref = refFromAddress(this.wb, sheet, address, 'Worksheet.getRange');
      if (ref.sheet !== sheet)
        throw new SimError('InvalidArgument', {
          location: 'Worksheet.getRange',
          statement: `"${address}" is not on "${sheet.name}".`,
        });
      return ref;
    });
  }

  /** getRanges("A3:F3, A7:F7"): several rectangles at once (ExcelApi 1.9). */
  getRanges(address: string): RangeAreasApi {
    return new RangeAreasApi(this.context, () => {
      const sheet = this.requireModel();
      return sheet ? areasFromAddress(this.context, sheet, address) : null;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.requireModel();
      if (!sheet) return null;
      const rect = {
        r0: startRow,
        c0: startColumn,
        r1: startRow + rowCount - 1,
        c1: startColumn + columnCount - 1,
      };
      return { sheet, rect: checkBounds(sheet, rect, 'Worksheet.getRangeByIndexes') };
    });
  }

  getCell(row: number, column: number): RangeApi {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** The used range; A1 on an empty sheet, as Excel gives. */
  getUsedRange(valuesOnly = false): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.requireModel();
      if (!sheet) return null;
      return { sheet, rect: sheet.grid.usedRect(valuesOnly) ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.requireModel();
      const rect = sheet?.grid.usedRect(valuesOnly);
      return sheet && rect ? { sheet, rect } : null;
    });
  }

  activate(): void {
    this.queue((sheet) => {
      if (sheet.visibility !== 'Visible') {
        throw new SimError('InvalidOperation', {
          location: 'Worksheet.activate',
          statement: `"${sheet.name}" is hidden; make it visible first.`,
        });
      }
      this.wb.activeSheet = sheet;
      this.wb.version++;
    });
  }

  delete(): void {
    this.queue((sheet) => this.wb.deleteSheet(sheet));
  }

  calculate(_markAllDirty?: boolean): void {}

  getNextOrNullObject(): WorksheetApi {
    return new WorksheetApi(this.context, () => {
      const sheet = this.requireModel();
      return (sheet && this.wb.sheets[this.wb.sheets.indexOf(sheet) + 1]) ?? null;
    });
  }

  getPreviousOrNullObject(): WorksheetApi {
    return new WorksheetApi(this.context, () => {
      const sheet = this.requireModel();
      const i = sheet ? this.wb.sheets.indexOf(sheet) : 0;
      return (i > 0 ? this.wb.sheets[i - 1] : undefined) ?? null;
    });
  }
}

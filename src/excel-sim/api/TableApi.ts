import { SimError } from '../SimError';
import { checkTableName, removeTable, resizeTable, setShowTotals } from '../model/tableOps';
import type { TableModel } from '../model/TableModel';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { RangeApi } from './RangeApi';
import { refFromAddress, type RangeRef } from './RangeRef';
import type { SimContext } from './SimContext';
import { TableColumnCollectionApi } from './TableColumnCollectionApi';
import { TableRowCollectionApi } from './TableRowCollectionApi';
import { WorksheetApi } from './WorksheetApi';

const FLAGS = [
  'showBandedRows',
  'showBandedColumns',
  'showFilterButton',
  'highlightFirstColumn',
  'highlightLastColumn',
] as const;
const SCALARS = ['name', 'id', 'showHeaders', 'showTotals', 'style', ...FLAGS];

/** Excel.Table. */
export class TableApi extends ClientObjectBase<TableModel> {
  private columnsApi: TableColumnCollectionApi | undefined;
  private rowsApi: TableRowCollectionApi | undefined;

  constructor(context: SimContext, resolver: Resolver<TableModel>) {
    super(context, resolver, 'Table');
    for (const flag of FLAGS) {
      Object.defineProperty(this, flag, {
        enumerable: true,
        get: () => this.get<unknown>(flag),
        set: (v: boolean) =>
          this.set(flag, v, (t) => {
            t[flag] = v;
            this.wb.version++;
          }),
      });
    }
  }

  protected scalarNames(): readonly string[] {
    return SCALARS;
  }

  protected override check(t: TableModel): void {
    if (!this.wb.tables.includes(t))
      throw new SimError('ItemNotFound', {
        location: 'Table',
        statement: `Table "${t.name}" no longer exists.`,
      });
  }

  protected readScalar(t: TableModel, name: string, _exec: Execution): unknown {
    if (name === 'id') return String(t.id);
    if (name === 'showHeaders') return true;
    return t[name as 'name' | 'showTotals' | 'style'];
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    if (name === 'columns') return this.columns;
    if (name === 'rows') return this.rows;
    if (name === 'worksheet') return this.worksheet;
    return undefined;
  }

  private get wb() {
    return this.context.backend.model;
  }

  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (t) => {
      checkTableName(this.wb, v, t, 'Table.name');
      t.name = v;
      this.wb.version++;
    });
  }
  get id(): string {
    return this.get('id');
  }
  get showHeaders(): boolean {
    return this.get('showHeaders');
  }
  set showHeaders(v: boolean) {
    this.set('showHeaders', v, () => {
      if (!v)
        throw new SimError('InvalidOperation', {
          location: 'Table.showHeaders',
          statement: 'The simulator always shows table headers.',
        });
    });
  }
  get showTotals(): boolean {
    return this.get('showTotals');
  }
  set showTotals(v: boolean) {
    this.set('showTotals', v, (t) => setShowTotals(this.wb, t, v));
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.set('style', v, (t) => {
      t.style = v;
      this.wb.version++;
    });
  }

  get columns(): TableColumnCollectionApi {
    return (this.columnsApi ??= new TableColumnCollectionApi(this.context, () => this.requireModel()));
  }
  get rows(): TableRowCollectionApi {
    return (this.rowsApi ??= new TableRowCollectionApi(this.context, () => this.requireModel()));
  }
  get worksheet(): WorksheetApi {
    return new WorksheetApi(this.context, () => this.requireModel()?.sheet ?? null);
  }

  private range(part: (t: TableModel) => RangeRef['rect'] | null): RangeApi {
    return new RangeApi(this.context, () => {
      const t = this.requireModel();
      const rect = t && part(t);
      return t && rect ? { sheet: t.sheet, rect } : null;
    });
  }

  getRange(): RangeApi {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeApi {
    return this.range((t) => ({ ...t.rect, r1: t.rect.r0 }));
  }
  getDataBodyRange(): RangeApi {
    return this.range((t) => t.bodyRect);
  }
  getTotalRowRange(): RangeApi {
    return this.range((t) => {
      if (!t.showTotals)
        throw new SimError('InvalidOperation', {
          location: 'Table.getTotalRowRange',
          statement: `Table "${t.name}" has no totals row.`,
        });
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  resize(newRange: RangeApi | string): void {
    this.queue((t) => {
      const ref =
        typeof newRange === 'string'
          ? refFromAddress(this.wb, t.sheet, newRange, 'Table.resize')
          : newRange.requireModel();
      if (!ref) return;
      if (ref.sheet !== t.sheet)
        throw new SimError('InvalidArgument', {
          location: 'Table.resize',
          statement: 'A table cannot move to another sheet.',
        });
      resizeTable(this.wb, t, ref.rect);
    });
  }

  delete(): void {
    this.queue((t) => removeTable(this.wb, t, false));
  }

  convertToRange(): RangeApi {
    let rect: RangeRef | undefined;
    this.queue((t) => {
      rect = { sheet: t.sheet, rect: t.rect };
      removeTable(this.wb, t, true);
    });
    return new RangeApi(this.context, () => rect ?? null);
  }

  clearFilters(): void {}
  reapplyFilters(): void {}
}

import { SimError } from '../SimError';
import type { SheetModel } from '../model/SheetModel';
import { addTable } from '../model/tableOps';
import type { TableModel } from '../model/TableModel';
import { CollectionApi } from './CollectionApi';
import type { Resolver } from './ClientObjectBase';
import { RangeApi } from './RangeApi';
import { refFromAddress } from './RangeRef';
import type { SimContext } from './SimContext';
import { TableApi } from './TableApi';

/** Where a table collection looks: one sheet (worksheet.tables) or the whole workbook (workbook.tables). */
export interface TableScope {
  readonly sheet?: SheetModel;
}

/** Excel.TableCollection. Table names are unique workbook-wide and matched ignoring case. */
export class TableCollectionApi extends CollectionApi<TableScope, TableModel, TableApi> {
  constructor(context: SimContext, sheet: Resolver<SheetModel> | undefined) {
    super(
      context,
      () => {
        if (!sheet) return {};
        const s = sheet();
        return s ? { sheet: s } : null;
      },
      'TableCollection',
    );
  }

  protected models(scope: TableScope): readonly TableModel[] {
    const wb = this.context.backend.model;
    return scope.sheet ? wb.tablesOn(scope.sheet) : wb.tables;
  }

  protected wrap(table: TableModel): TableApi {
    return new TableApi(this.context, () => table);
  }

  private find(scope: TableScope, key: string | number): TableModel | undefined {
    return this.models(scope).find(
      (t) => t.name.toLowerCase() === String(key).toLowerCase() || t.id === Number(key),
    );
  }

  getItem(key: string | number): TableApi {
    return new TableApi(this.context, () => {
      const scope = this.requireModel();
      if (!scope) return null;
      const t = this.find(scope, key);
      if (!t) {
        throw new SimError('ItemNotFound', {
          location: 'TableCollection.getItem',
          statement: `There is no table named "${key}"${scope.sheet ? ` on "${scope.sheet.name}"` : ''}.`,
        });
      }
      return t;
    }).instantiate();
  }

  getItemOrNullObject(key: string | number): TableApi {
    return new TableApi(this.context, () => {
      const scope = this.requireModel();
      return (scope && this.find(scope, key)) ?? null;
    }).instantiate();
  }

  getItemAt(index: number): TableApi {
    return new TableApi(this.context, () => {
      const scope = this.requireModel();
      if (!scope) return null;
      const t = this.models(scope)[index];
      if (!t)
        throw new SimError('ItemNotFound', {
          location: 'TableCollection.getItemAt',
          statement: `There is no table at index ${index}.`,
        });
      return t;
    }).instantiate();
  }

  /** add("A1:D1", true) or add(range, true): a sheet-less address means this sheet (or the active one). */
  add(address: RangeApi | string, hasHeaders: boolean): TableApi {
    let created: TableModel | undefined;
    this.queue((scope) => {
      const wb = this.context.backend.model;
      const ref =
        typeof address === 'string'
          ? refFromAddress(wb, scope.sheet ?? wb.active(), address, 'TableCollection.add')
          : address.requireModel();
      if (!ref) return;
      if (scope.sheet && ref.sheet !== scope.sheet) {
        throw new SimError('InvalidArgument', {
          location: 'TableCollection.add',
          statement: `The range is not on "${scope.sheet.name}".`,
        });
      }
      created = addTable(wb, ref.sheet, ref.rect, hasHeaders);
    });
    return new TableApi(this.context, () => created ?? null);
  }
}

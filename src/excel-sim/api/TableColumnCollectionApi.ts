import { SimError } from '../SimError';
import { addTableColumn } from '../model/tableOps';
import type { TableModel } from '../model/TableModel';
import { CollectionApi } from './CollectionApi';
import type { Resolver } from './ClientObjectBase';
import { jsonBytes, ACTION_BYTES } from './payload';
import type { SimContext } from './SimContext';
import { TableColumnApi, type ColumnRef } from './TableColumnApi';

/** Excel.TableColumnCollection: the columns follow the header row, so editing a header renames a column. */
export class TableColumnCollectionApi extends CollectionApi<TableModel, ColumnRef, TableColumnApi> {
  constructor(context: SimContext, resolver: Resolver<TableModel>) {
    super(context, resolver, 'TableColumnCollection');
  }

  protected models(table: TableModel): readonly ColumnRef[] {
    return table.columnIds.map((id) => ({ table, id }));
  }

  protected wrap(column: ColumnRef): TableColumnApi {
    return new TableColumnApi(this.context, () => column);
  }

  private find(table: TableModel, key: string | number): ColumnRef | undefined {
    if (typeof key === 'number') return table.columnIds.includes(key) ? { table, id: key } : undefined;
    const i = table.columnNames().findIndex((n) => n.toLowerCase() === key.toLowerCase());
    return i < 0 ? undefined : { table, id: table.columnIds[i]! };
  }

  getItem(key: string | number): TableColumnApi {
    return new TableColumnApi(this.context, () => {
      const table = this.requireModel();
      if (!table) return null;
      const found = this.find(table, key);
      if (!found) {
        throw new SimError('ItemNotFound', {
          location: 'TableColumnCollection.getItem',
          statement: `Table "${table.name}" has no column "${key}"; its columns are ${table.columnNames().join(', ')}.`,
        });
      }
      return found;
    }).instantiate();
  }

  getItemOrNullObject(key: string | number): TableColumnApi {
    return new TableColumnApi(this.context, () => {
      const table = this.requireModel();
      return (table && this.find(table, key)) ?? null;
    }).instantiate();
  }

  getItemAt(index: number): TableColumnApi {
    return new TableColumnApi(this.context, () => {
      const table = this.requireModel();
      if (!table) return null;
      const id = table.columnIds[index];
      if (id === undefined) {
        throw new SimError('ItemNotFound', {
          location: 'TableColumnCollection.getItemAt',
          statement: `Table "${table.name}" has no column at index ${index}.`,
        });
      }
      return { table, id };
    }).instantiate();
  }

  add(index?: number | null, values?: unknown, name?: string | null): TableColumnApi {
    let created: ColumnRef | undefined;
    this.queue(
      (table) => {
        const at = addTableColumn(
          this.context.backend.model,
          table,
          index ?? undefined,
          values,
          name ?? undefined,
        );
        created = { table, id: table.columnIds[at]! };
      },
      ACTION_BYTES + jsonBytes(values),
    );
    return new TableColumnApi(this.context, () => created ?? null);
  }
}

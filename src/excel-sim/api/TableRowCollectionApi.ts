import { SimError } from '../SimError';
import { addTableRows, deleteTableRows } from '../model/tableOps';
import type { TableModel } from '../model/TableModel';
import { CollectionApi } from './CollectionApi';
import type { Resolver } from './ClientObjectBase';
import { jsonBytes, ACTION_BYTES } from './payload';
import type { SimContext } from './SimContext';
import { TableRowApi, type RowRef } from './TableRowApi';

/** Excel.TableRowCollection: rows are positional, as in Excel. */
export class TableRowCollectionApi extends CollectionApi<TableModel, RowRef, TableRowApi> {
  constructor(context: SimContext, resolver: Resolver<TableModel>) {
    super(context, resolver, 'TableRowCollection');
  }

  protected models(table: TableModel): readonly RowRef[] {
    return Array.from({ length: table.bodyRowCount }, (_, index) => ({ table, index }));
  }

  protected wrap(row: RowRef): TableRowApi {
    return new TableRowApi(this.context, () => row);
  }

  getItemAt(index: number): TableRowApi {
    return new TableRowApi(this.context, () => {
      const table = this.requireModel();
      if (!table) return null;
      if (!Number.isInteger(index) || index < 0 || index >= table.bodyRowCount) {
        throw new SimError('ItemNotFound', {
          location: 'TableRowCollection.getItemAt',
          statement: `Table "${table.name}" has no row ${index} (it has ${table.bodyRowCount}).`,
        });
      }
      return { table, index };
    }).instantiate();
  }

  /** add(index, values): rows go in at index (the end when null or -1); the first body row fills an empty table. */
  add(index?: number | null, values?: unknown, _alwaysInsert?: boolean): TableRowApi {
    let created: RowRef | undefined;
    this.queue(
      (table) => {
        const at = addTableRows(this.context.backend.model, table, index ?? undefined, values);
        created = { table, index: at };
      },
      ACTION_BYTES + jsonBytes(values),
    );
    return new TableRowApi(this.context, () => created ?? null);
  }

  deleteRowsAt(index: number, count = 1): void {
    this.queue((table) => deleteTableRows(this.context.backend.model, table, index, count));
  }

  /** deleteRows(rows or indexes): deleted from the bottom up so earlier indexes stay valid. */
  deleteRows(rows: (number | TableRowApi)[]): void {
    this.queue((table) => {
      const indexes = rows.map((r) => (typeof r === 'number' ? r : (r.requireModel()?.index ?? -1)));
      for (const i of [...new Set(indexes)].sort((a, b) => b - a))
        deleteTableRows(this.context.backend.model, table, i, 1);
    });
  }
}

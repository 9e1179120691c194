import { SimError } from '../SimError';
import { deleteTableRows } from '../model/tableOps';
import type { TableModel } from '../model/TableModel';
import type { Rect } from '../model/Rect';
import { writeContents } from '../model/writeCells';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { jsonBytes, ACTION_BYTES } from './payload';
import { RangeApi } from './RangeApi';
import { CELL_READERS, readCells } from './readCells';
import type { SimContext } from './SimContext';

export interface RowRef {
  readonly table: TableModel;
  readonly index: number;
}

/** Excel.TableRow: one body row by position. */
export class TableRowApi extends ClientObjectBase<RowRef> {
  constructor(context: SimContext, resolver: Resolver<RowRef>) {
    super(context, resolver, 'TableRow');
  }

  protected scalarNames(): readonly string[] {
    return ['index', 'values'];
  }

  protected override check(ref: RowRef): void {
    if (!this.context.backend.model.tables.includes(ref.table) || ref.index >= ref.table.bodyRowCount) {
      throw new SimError('ItemNotFound', {
        location: 'TableRow',
        statement: `Table "${ref.table.name}" no longer has row ${ref.index}.`,
      });
    }
  }

  private rect(ref: RowRef): Rect {
    const r = ref.table.bodyRect.r0 + ref.index;
    return { ...ref.table.rect, r0: r, r1: r };
  }

  protected readScalar(ref: RowRef, name: string, exec: Execution): unknown {
    return name === 'index'
      ? ref.index
      : readCells(ref.table.sheet.grid, this.rect(ref), CELL_READERS.values!, exec);
  }

  get index(): number {
    return this.get('index');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.set(
      'values',
      v,
      (ref) =>
        writeContents(this.context.backend.model, ref.table.sheet, this.rect(ref), v, 'TableRow.values'),
      ACTION_BYTES + jsonBytes(v),
    );
  }

  getRange(): RangeApi {
    return new RangeApi(this.context, () => {
      const ref = this.requireModel();
      return ref ? { sheet: ref.table.sheet, rect: this.rect(ref) } : null;
    });
  }

  delete(): void {
    this.queue((ref) => deleteTableRows(this.context.backend.model, ref.table, ref.index, 1));
  }
}

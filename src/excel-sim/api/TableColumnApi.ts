import { SimError } from '../SimError';
import { normalizeHeaders } from '../model/tableHeaders';
import type { TableModel } from '../model/TableModel';
import type { Rect } from '../model/Rect';
import { assertContentsEditable } from '../model/protection';
import { writeContents } from '../model/writeCells';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { jsonBytes, ACTION_BYTES } from './payload';
import { RangeApi } from './RangeApi';
import { CELL_READERS, readCells } from './readCells';
import type { SimContext } from './SimContext';

export interface ColumnRef {
  readonly table: TableModel;
  readonly id: number;
}

/** Excel.TableColumn: its name is its header cell, its values the whole column (header included). */
export class TableColumnApi extends ClientObjectBase<ColumnRef> {
  constructor(context: SimContext, resolver: Resolver<ColumnRef>) {
    super(context, resolver, 'TableColumn');
  }

  protected scalarNames(): readonly string[] {
    return ['id', 'index', 'name', 'values'];
  }

  protected override check(ref: ColumnRef): void {
    if (!this.context.backend.model.tables.includes(ref.table) || !ref.table.columnIds.includes(ref.id)) {
      throw new SimError('ItemNotFound', {
        location: 'TableColumn',
        statement: `The column no longer exists in table "${ref.table.name}".`,
      });
    }
  }

  private rect(ref: ColumnRef): Rect {
    const c = ref.table.rect.c0 + ref.table.columnIds.indexOf(ref.id);
    return { ...ref.table.rect, c0: c, c1: c };
  }

  protected readScalar(ref: ColumnRef, name: string, exec: Execution): unknown {
    const rect = this.rect(ref);
    if (name === 'id') return ref.id;
    if (name === 'index') return rect.c0 - ref.table.rect.c0;
    if (name === 'name') return String(ref.table.sheet.grid.value(rect.r0, rect.c0));
    return readCells(ref.table.sheet.grid, rect, CELL_READERS.values!, exec);
  }

  get id(): number {
    return this.get('id');
  }
  get index(): number {
    return this.get('index');
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', v, (ref) => {
      const r = this.rect(ref);
      writeContents(
        this.context.backend.model,
        ref.table.sheet,
        { ...r, r1: r.r0 },
        [[v]],
        'TableColumn.name',
      );
      normalizeHeaders(ref.table);
    });
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.set(
      'values',
      v,
      (ref) =>
        writeContents(this.context.backend.model, ref.table.sheet, this.rect(ref), v, 'TableColumn.values'),
      ACTION_BYTES + jsonBytes(v),
    );
  }

  private range(part: (ref: ColumnRef, r: Rect) => Rect): RangeApi {
    return new RangeApi(this.context, () => {
      const ref = this.requireModel();
      return ref ? { sheet: ref.table.sheet, rect: part(ref, this.rect(ref)) } : null;
    });
  }

  getRange(): RangeApi {
    return this.range((_, r) => r);
  }
  getHeaderRowRange(): RangeApi {
    return this.range((_, r) => ({ ...r, r1: r.r0 }));
  }
  getDataBodyRange(): RangeApi {
    return this.range((ref, r) => ({ ...r, r0: ref.table.bodyRect.r0, r1: ref.table.bodyRect.r1 }));
  }
  getTotalRowRange(): RangeApi {
    return this.range((_, r) => ({ ...r, r0: r.r1 }));
  }

  /** Deletes the column's cells from the table, shifting the table's columns to its right left. */
  delete(): void {
    this.queue((ref) => {
      const t = ref.table;
      if (t.columnIds.length === 1) {
        throw new SimError('InvalidOperation', {
          location: 'TableColumn.delete',
          statement: `"${t.name}" would have no columns; delete the table instead.`,
        });
      }
      const r = this.rect(ref);
      assertContentsEditable(t.sheet, { ...t.rect, c0: r.c0 }, 'TableColumn.delete');
      const grid = t.sheet.grid;
      for (let row = t.rect.r0; row <= t.rect.r1; row++) {
        for (let c = r.c0; c < t.rect.c1; c++) {
          grid.setContent(row, c, {
            value: grid.value(row, c + 1),
            ...(grid.formula(row, c + 1) ? { formula: grid.formula(row, c + 1)! } : {}),
          });
        }
        grid.setContent(row, t.rect.c1, { value: '' });
      }
      t.columnIds = t.columnIds.filter((id) => id !== ref.id);
      t.rect = { ...t.rect, c1: t.rect.c1 - 1 };
      this.context.backend.model.version++;
    });
  }
}

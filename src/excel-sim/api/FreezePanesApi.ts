import { SimError } from '../SimError';
import type { SheetModel } from '../model/SheetModel';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import { RangeApi } from './RangeApi';
import type { RangeRef } from './RangeRef';
import { refFromAddress } from './RangeRef';
import type { SimContext } from './SimContext';

/** Excel.WorksheetFreezePanes: frozen rows at the top and columns at the left. */
export class FreezePanesApi extends ClientObjectBase<SheetModel> {
  constructor(context: SimContext, resolver: Resolver<SheetModel>) {
    super(context, resolver, 'WorksheetFreezePanes');
  }

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(): unknown {
    return undefined;
  }

  private freeze(rows: number | undefined, columns: number | undefined): void {
    this.queue((sheet) => {
      for (const n of [rows, columns]) {
        if (n !== undefined && (!Number.isInteger(n) || n < 0)) {
          throw new SimError('InvalidArgument', {
            location: 'WorksheetFreezePanes',
            statement: `${n} is not a count of rows or columns.`,
          });
        }
      }
      sheet.frozen = { rows: rows ?? 0, columns: columns ?? 0 };
      this.context.backend.model.version++;
    });
  }

  freezeRows(count = 1): void {
    this.freeze(count, undefined);
  }

  freezeColumns(count = 1): void {
    this.freeze(undefined, count);
  }

  /** Freezes everything above and left of the given range's bottom-right corner, from A1. */
  freezeAt(frozenRange: RangeApi | string): void {
    this.queue((sheet) => {
      const ref =
        typeof frozenRange === 'string'
          ? refFromAddress(this.context.backend.model, sheet, frozenRange, 'WorksheetFreezePanes.freezeAt')
          : frozenRange.requireModel();
      if (!ref) return;
      sheet.frozen = { rows: ref.rect.r1 + 1, columns: ref.rect.c1 + 1 };
      this.context.backend.model.version++;
    });
  }

  unfreeze(): void {
    this.freeze(0, 0);
  }

  getLocationOrNullObject(): RangeApi {
    return new RangeApi(this.context, (): RangeRef | null => {
      const sheet = this.requireModel();
      if (!sheet || (sheet.frozen.rows === 0 && sheet.frozen.columns === 0)) return null;
      const { rows, columns } = sheet.frozen;
      return { sheet, rect: { r0: 0, c0: 0, r1: Math.max(rows, 1) - 1, c1: Math.max(columns, 1) - 1 } };
    });
  }
}

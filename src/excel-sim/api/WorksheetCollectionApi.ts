import { SimError } from '../SimError';
import type { SheetModel } from '../model/SheetModel';
import type { WorkbookModel } from '../model/WorkbookModel';
import type { ClientResult } from './ClientObjectBase';
import { CollectionApi } from './CollectionApi';
import { EventApi } from './EventApi';
import type { SimContext } from './SimContext';
import { WorksheetApi } from './WorksheetApi';

/** Excel.WorksheetCollection. Names are matched ignoring case, as Excel does. */
export class WorksheetCollectionApi extends CollectionApi<WorkbookModel, SheetModel, WorksheetApi> {
  constructor(context: SimContext) {
    super(context, () => context.backend.model, 'WorksheetCollection');
  }

  protected models(wb: WorkbookModel): readonly SheetModel[] {
    return wb.sheets;
  }

  protected wrap(sheet: SheetModel): WorksheetApi {
    return new WorksheetApi(this.context, () => sheet);
  }

  private sheetApi(resolve: (wb: WorkbookModel) => SheetModel | null, eager: boolean): WorksheetApi {
    const api = new WorksheetApi(this.context, () => resolve(this.context.backend.model));
    if (eager) api.instantiate();
    return api;
  }

  getItem(key: string): WorksheetApi {
    return this.sheetApi((wb) => wb.findSheet(key) ?? wb.findSheetById(key) ?? notFound(key), true);
  }

  getItemOrNullObject(key: string): WorksheetApi {
    return this.sheetApi((wb) => wb.findSheet(key) ?? wb.findSheetById(key) ?? null, true);
  }

  getActiveWorksheet(): WorksheetApi {
    return this.sheetApi((wb) => wb.active(), false);
  }

  getFirst(visibleOnly = false): WorksheetApi {
    return this.sheetApi(
      (wb) => wb.sheets.find((s) => !visibleOnly || s.visibility === 'Visible') ?? notFound('(first)'),
      false,
    );
  }

  getLast(visibleOnly = false): WorksheetApi {
    return this.sheetApi(
      (wb) =>
        [...wb.sheets].reverse().find((s) => !visibleOnly || s.visibility === 'Visible') ??
        notFound('(last)'),
      false,
    );
  }

  add(name?: string): WorksheetApi {
    let created: SheetModel | undefined;
    this.queue((wb) => {
      created = wb.addSheet(name);
    });
    return new WorksheetApi(this.context, () => created ?? null);
  }

  override getCount(visibleOnly = false): ClientResult<number> {
    return this.result((wb) => wb.sheets.filter((s) => !visibleOnly || s.visibility === 'Visible').length);
  }

  get onSelectionChanged(): EventApi {
    return new EventApi(this.context, 'SelectionChanged', () => undefined);
  }

  get onChanged(): EventApi {
    return new EventApi(this.context, 'Changed', () => undefined);
  }
}

function notFound(name: string): never {
  throw new SimError('ItemNotFound', {
    location: 'WorksheetCollection.getItem',
    statement: `There is no worksheet named "${name}".`,
  });
}

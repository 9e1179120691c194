import type { WorkbookModel } from '../model/WorkbookModel';
import { ClientObjectBase } from './ClientObjectBase';
import type { Execution } from './Execution';
import { RangeApi } from './RangeApi';
import { RecordApi } from './RecordApi';
import { SettingCollectionApi } from './SettingCollectionApi';
import type { SimContext } from './SimContext';
import { TableCollectionApi } from './TableCollectionApi';
import { WorksheetCollectionApi } from './WorksheetCollectionApi';

/** Excel.Application: calculation mode is stored; suspending screen updating or calculation is a no-op here. */
export class ApplicationApi extends RecordApi {
  constructor(context: SimContext) {
    super(context, () => context.backend.model as unknown as Record<string, unknown>, 'Application', [
      'calculationMode',
    ]);
  }

  suspendScreenUpdatingUntilNextSync(): void {}
  suspendApiCalculationUntilNextSync(): void {}
  calculate(_type?: string): void {}
}

/** Excel.Workbook. */
export class WorkbookApi extends ClientObjectBase<WorkbookModel> {
  readonly worksheets: WorksheetCollectionApi;
  readonly tables: TableCollectionApi;
  readonly settings: SettingCollectionApi;
  readonly application: ApplicationApi;

  constructor(context: SimContext) {
    super(context, () => context.backend.model, 'Workbook');
    this.worksheets = new WorksheetCollectionApi(context);
    this.tables = new TableCollectionApi(context, undefined);
    this.settings = new SettingCollectionApi(context);
    this.application = new ApplicationApi(context);
  }

  protected scalarNames(): readonly string[] {
    return ['name'];
  }

  protected readScalar(_wb: WorkbookModel, _name: string, _exec: Execution): unknown {
    return 'Book1.xlsx';
  }

  get name(): string {
    return this.get('name');
  }

  /** The selection on the active sheet. */
  getSelectedRange(): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.context.backend.model.active();
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): RangeApi {
    return new RangeApi(this.context, () => {
      const sheet = this.context.backend.model.active();
      return { sheet, rect: { ...sheet.selection, r1: sheet.selection.r0, c1: sheet.selection.c0 } };
    });
  }
}

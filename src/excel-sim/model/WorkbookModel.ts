import { SimError } from '../SimError';
import { SheetModel } from './SheetModel';
import type { TableModel } from './TableModel';
import type { ChartModel } from './ChartModel';

export interface EventListener {
  readonly event: 'SelectionChanged' | 'Changed';
  /** Undefined: every sheet (worksheets.onSelectionChanged); else one sheet's handler. */
  readonly sheet?: SheetModel;
  readonly handler: (args: unknown) => Promise<unknown>;
}

/** Excel's rule for sheet names, with what to do about a bad one. */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'a sheet name cannot be blank';
  if (name.length > 31) return `"${name}" is longer than 31 characters`;
  if (/[[\]:*?/\\]/.test(name)) return `"${name}" contains one of the characters [ ] : * ? / \\`;
  if (name.startsWith("'") || name.endsWith("'")) return `"${name}" cannot begin or end with an apostrophe`;
  if (name.toLowerCase() === 'history') return '"History" is reserved by Excel';
  return undefined;
}

/** The whole workbook's state; the API objects read and change it only when a batch is synced. */
export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  readonly settings = new Map<string, unknown>();
  activeSheet: SheetModel | undefined;
  calculationMode = 'Automatic';
  /** Bumped by every change, so a sync knows whether to tell subscribers. */
  version = 0;
  listeners: EventListener[] = [];
  private nextSheetId = 1;
  private nextTableId = 1;
  private nextChartId = 1;

  findSheet(name: string): SheetModel | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  findSheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheet(name: string, location: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet)
      throw new SimError('ItemNotFound', { location, statement: `There is no worksheet named "${name}".` });
    return sheet;
  }

  private checkName(name: string, except: SheetModel | undefined, location: string): void {
    const problem = sheetNameProblem(name);
    if (problem)
      throw new SimError('InvalidArgument', { location, statement: `${problem}; choose another name.` });
    const clash = this.findSheet(name);
    if (clash && clash !== except) {
      throw new SimError('ItemAlreadyExists', {
        location,
        statement: `A worksheet named "${clash.name}" already exists (names ignore case); choose another name.`,
      });
    }
  }

  addSheet(name: string | undefined, location = 'WorksheetCollection.add'): SheetModel {
    let chosen = name;
    if (chosen === undefined || chosen === '') {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      chosen = `Sheet${n}`;
    }
    this.checkName(chosen, undefined, location);
    const id = `{00000000-0001-0000-${String(this.nextSheetId++).padStart(4, '0')}-000000000000}`;
    const sheet = new SheetModel(id, chosen);
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    this.version++;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (sheet.name === name) return;
    this.checkName(name, sheet, 'Worksheet.name');
    sheet.name = name;
    this.version++;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw new SimError('InvalidArgument', {
        location: 'Worksheet.position',
        statement: `Position ${position} is outside 0..${this.sheets.length - 1}.`,
      });
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.sheets.splice(position, 0, sheet);
    this.version++;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new SimError('InvalidOperation', {
        location: 'Worksheet.delete',
        statement: `"${sheet.name}" is the only visible sheet; a workbook must keep one. Add another sheet first.`,
      });
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    this.listeners = this.listeners.filter((l) => l.sheet !== sheet);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible');
    this.version++;
  }

  findTable(name: string): TableModel | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  newTableId(): number {
    return this.nextTableId++;
  }

  newChartId(): string {
    return `{C0000000-0000-0000-0000-${String(this.nextChartId++).padStart(12, '0')}}`;
  }

  /** Every chart on every sheet: series may point across sheets. */
  allCharts(): ChartModel[] {
    return this.sheets.flatMap((s) => s.charts);
  }

  active(): SheetModel {
    const sheet = this.activeSheet ?? this.sheets[0];
    if (!sheet) throw new SimError('ItemNotFound', { statement: 'The workbook has no worksheets.' });
    return sheet;
  }
}

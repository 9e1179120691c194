import type { CellValue } from '../core/sheets/SheetData';
import type { ExcelHost } from './ExcelHost';
import { findCaseRow } from './findCaseRow';
import { caseIdText } from './locateCase';
import { CASE_ID, SHEETS } from './workbookFormat';

/** The first row number of an address such as "C14", "Audit!C14:D20" or "14:14"; NaN if none. */
export function firstRowOf(address: string): number {
  const match = /(\d+)/.exec(address.slice(address.lastIndexOf('!') + 1));
  return match ? Number(match[1]) : NaN;
}

/** The Case ID of the Audit table row holding `address` on the worksheet `worksheetId`, or null. */
export async function caseAt(host: ExcelHost, worksheetId: string, address: string): Promise<string | null> {
  return host.run(async (context) => {
    const tables = context.workbook.tables.load('items/name');
    const worksheet = context.workbook.worksheets.getItem(worksheetId).load('name');
    await context.sync();
    if (!tables.items.some((t) => t.name.toLowerCase() === SHEETS.audit.toLowerCase())) return null;
    const table = context.workbook.tables.getItem(SHEETS.audit);
    const header = table.getHeaderRowRange().load('rowIndex');
    const body = table.getDataBodyRange().load('rowCount');
    const ids = table.columns.getItem(CASE_ID).getDataBodyRange();
    const sheet = table.worksheet.load('name');
    await context.sync();
    const index = firstRowOf(address) - header.rowIndex - 2;
    if (sheet.name !== worksheet.name || !(index >= 0 && index < body.rowCount)) return null;
    const cell = ids.getCell(index, 0).load('values');
    await context.sync();
    const id = caseIdText((cell.values as CellValue[][])[0]?.[0]);
    return id === '' ? null : id;
  });
}

/**
 * Follows the selection: `handler` gets the Case ID of the Audit row the user selects, or null anywhere
 * else (another sheet, the header, a blank row). Returns the function that stops following.
 */
export async function watchCaseSelection(
  host: ExcelHost,
  handler: (caseId: string | null) => void,
): Promise<() => Promise<void>> {
  const registration = await host.run(async (context) => {
    const result = context.workbook.worksheets.onSelectionChanged.add(async (event) => {
      handler(await caseAt(host, event.worksheetId, event.address).catch(() => null));
    });
    await context.sync();
    return result;
  });
  // A handler is removed through the context that added it, as office.js requires.
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}

export async function selectCell(host: ExcelHost, sheet: string, address: string): Promise<void> {
  await host.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/** Selects the Case ID cell of a case's row, found by its Case ID. */
export async function selectCaseRow(host: ExcelHost, caseId: string): Promise<void> {
  await host.run(async (context) => {
    const { read, index } = await findCaseRow(context, caseId);
    context.workbook.worksheets.getItem(read.frame.sheet).activate();
    read.frame.cell(context, CASE_ID, index).select();
    await context.sync();
  });
}

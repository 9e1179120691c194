import type { CellValue } from '../core/sheets/SheetData';
import { rectangle, writeLiteral } from './cellWrites';
import { blockAddress, qualifiedAddress } from './qualifiedAddress';

/**
 * Creates a definition sheet (Questions, Choices, Settings, Indicators) holding `rows`, header first, as a
 * table named like the sheet. Expressions such as "-${x}" are text, never formulas.
 */
export function writeDefinitionSheet(
  context: Excel.RequestContext,
  sheetName: string,
  rows: readonly (readonly CellValue[])[],
): void {
  const values = rectangle(rows);
  // A table needs a body row; a header-only sheet gets one blank row to type into.
  if (values.length === 1) values.push(values[0]!.map(() => null));
  const width = values[0]!.length;
  const sheet = context.workbook.worksheets.add(sheetName);
  writeLiteral(sheet.getRangeByIndexes(0, 0, values.length, width), values);
  const table = context.workbook.tables.add(
    qualifiedAddress(sheetName, blockAddress(0, 0, values.length, width)),
    true,
  );
  table.name = sheetName;
  sheet.freezePanes.freezeRows(1);
}

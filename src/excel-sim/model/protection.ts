import { SimError } from '../SimError';
import { formatAddress } from './address';
import type { Rect } from './Rect';
import type { SheetModel } from './SheetModel';

const PROTECTED =
  "The cell or chart you're trying to change is on a protected sheet. To make a change, unprotect the sheet.";

/** Whether any cell of rect is locked (cells are locked unless format.protection.locked was set false). */
export function anyLocked(sheet: SheetModel, rect: Rect): boolean {
  const values = sheet.formats.valuesIn(rect, 'protection.locked');
  return values.has(undefined) || values.has(true);
}

/** Throws AccessDenied, as Excel does, when a protected sheet forbids changing rect's contents. */
export function assertContentsEditable(sheet: SheetModel, rect: Rect, location: string): void {
  if (sheet.protection.protected && anyLocked(sheet, rect)) {
    throw new SimError('AccessDenied', {
      message: PROTECTED,
      location,
      statement: formatAddress(sheet.name, rect),
    });
  }
}

/** Throws unless the sheet is unprotected or its protection options allow `option` (e.g. allowFormatCells). */
export function assertAllowed(sheet: SheetModel, option: string, location: string): void {
  if (sheet.protection.protected && sheet.protection.options[option] !== true) {
    throw new SimError('AccessDenied', {
      message: PROTECTED,
      location,
      statement: `"${sheet.name}" is protected and its protection options do not include ${option}.`,
    });
  }
}

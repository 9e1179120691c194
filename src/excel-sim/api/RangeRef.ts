import { SimError } from '../SimError';
import { formatAddress, parseAddress } from '../model/address';
import { inBounds, type Rect } from '../model/Rect';
import type { SheetModel } from '../model/SheetModel';
import type { WorkbookModel } from '../model/WorkbookModel';

/** What a Range resolves to: a rectangle on a sheet. */
export interface RangeRef {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

export function checkBounds(sheet: SheetModel, r: Rect, location: string): Rect {
  if (!inBounds(r)) {
    throw new SimError('InvalidArgument', {
      location,
      statement: `The range would fall outside "${sheet.name}" (rows 1..1048576, columns A..XFD).`,
    });
  }
  return r;
}

/** An address (optionally with a sheet) relative to a default sheet, e.g. for getRange and tables.add. */
export function refFromAddress(
  wb: WorkbookModel,
  sheet: SheetModel,
  address: string,
  location: string,
): RangeRef {
  const parsed = parseAddress(address);
  const target = parsed.sheet === undefined ? sheet : wb.requireSheet(parsed.sheet, location);
  return { sheet: target, rect: parsed.rect };
}

export const refAddress = (ref: RangeRef): string => formatAddress(ref.sheet.name, ref.rect);

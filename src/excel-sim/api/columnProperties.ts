import { SimError } from '../SimError';
import { MAX_ROWS } from '../model/Rect';
import { DEFAULT_WIDTH } from './RangeFormatApi';
import { refAddress, type RangeRef } from './RangeRef';

/** The part of Excel.ColumnPropertiesLoadOptions the simulator answers. */
export interface SimColumnPropertiesOptions {
  readonly address?: boolean;
  readonly addressLocal?: boolean;
  readonly columnIndex?: boolean;
  readonly format?: { readonly columnWidth?: boolean };
}

const KNOWN = ['address', 'addressLocal', 'columnIndex', 'format'];

/**
 * Range.getColumnProperties (ExcelApi 1.9): one entry per column of the range, left to right, holding only
 * what was asked for. `columnIndex` is the worksheet's (0-based), `address` the column's part of the range,
 * `format.columnWidth` points, as Range.format.columnWidth gives. Other options are refused by name rather
 * than answered wrongly.
 */
export function columnProperties(
  ref: RangeRef,
  options: SimColumnPropertiesOptions,
): Excel.ColumnProperties[] {
  const unknown = [
    ...Object.keys(options).filter((k) => !KNOWN.includes(k)),
    ...Object.keys(options.format ?? {})
      .filter((k) => k !== 'columnWidth')
      .map((k) => `format.${k}`),
  ];
  if (unknown.length > 0)
    throw new SimError('InvalidArgument', {
      location: 'Range.getColumnProperties',
      statement: `The simulator answers address, addressLocal, columnIndex and format.columnWidth, not ${unknown.join(', ')}.`,
    });
  const { sheet, rect } = ref;
  const columns: Excel.ColumnProperties[] = [];
  for (let c = rect.c0; c <= rect.c1; c++) {
    const column: Excel.ColumnProperties = {};
    const own: RangeRef = { sheet, rect: { ...rect, c0: c, c1: c } };
    if (options.address === true) column.address = refAddress(own);
    if (options.addressLocal === true) column.addressLocal = refAddress(own);
    if (options.columnIndex === true) column.columnIndex = c;
    if (options.format?.columnWidth === true) {
      const whole = { r0: 0, r1: MAX_ROWS - 1, c0: c, c1: c };
      column.format = { columnWidth: sheet.formats.read(whole, 'columnWidth', DEFAULT_WIDTH) as number };
    }
    columns.push(column);
  }
  return columns;
}

import type ExcelJS from 'exceljs';
import type { CellValue } from '../core/sheets/SheetData';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's 1900-system day 0 to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A cell's value as Excel's Range.values gives it, so the engine reads a saved file exactly as it reads the
 * live workbook: dates as 1900-system serial numbers (the library has already turned a 1904-system workbook's
 * serials into true dates), formulas as their cached result, rich text and links as their text, errors as
 * their code (#N/A), and blank as ''.
 */
export function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return linkText(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    // A formula saved without its result (some tools do that; Excel never does) reads as blank.
    const result = value.result;
    return result === undefined ? '' : cellValue(result);
  }
  return '';
}

/** A link's text is plain or, when part of it is formatted, rich text. */
function linkText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    return (text as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  }
  return '';
}

import type { CellValue } from '../../core/sheets/SheetData';
import { cellAddress } from '../a1';
import type { CapturedText } from './CapturedText';
import { decodeXstring } from './xmlText';
import { XlsxReadError } from './XlsxReadError';

/** ISO date (t="d", rare: Excel itself writes serials) to the serial number Range.values would give. */
function serialOf(iso: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? iso : ms / 86_400_000 + 25_569;
}

/**
 * A cell's value from its type (`t`), its `v` text and its inline string (`is`), either null when the
 * cell has none, as Range.values gives it. Every cell the quick paths of readWorksheetCells do not take.
 */
export function cellValueOf(
  type: string,
  value: CapturedText | null,
  inline: CapturedText | null,
  shared: readonly string[],
  at: { readonly sheet: string; readonly row: number; readonly column: number },
): CellValue {
  const raw = value?.text() ?? '';
  if (type === 'inlineStr') return decodeXstring(inline?.text() ?? raw);
  if (raw === '') return '';
  switch (type) {
    case 's': {
      const text = shared[Number(raw)];
      if (text === undefined)
        throw new XlsxReadError(
          `Cell ${at.sheet}!${cellAddress(at.row, at.column)} points at shared string ${raw}, which the file does not have: it is damaged. Open it in Excel, save it again, and choose that copy.`,
        );
      return text;
    }
    case 'str':
      return decodeXstring(raw);
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true';
    case 'e':
      return raw.trim();
    case 'd':
      return serialOf(raw.trim());
    default: {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
    }
  }
}

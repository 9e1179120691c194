/*
 * The reader as it was before it scanned bytes (session 2's string scanner, unchanged but for its exports):
 * kept in the tests as the reference the byte reader must agree with, cell for cell.
 */
import type { CellValue } from '../../../src/core/sheets/SheetData';
import { cellAddress, parseCell } from '../../../src/xlsx/a1';
import { scanXml } from '../../../src/xlsx/read/scanXml';
import { decodeXstring } from '../../../src/xlsx/read/xmlText';
import { XlsxReadError } from '../../../src/xlsx/read/XlsxReadError';

export function referenceSharedStrings(xml: string | null, part: string): string[] {
  if (xml === null) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  scanXml(
    xml,
    {
      open(name) {
        if (name === 'si') current = [];
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && phonetic === 0) inText = current !== null;
      },
      close(name) {
        if (name === 'si' && current !== null) {
          strings.push(decodeXstring(current.join('')));
          current = null;
        } else if (name === 'rPh') phonetic--;
        else if (name === 't') inText = false;
      },
      text(text) {
        if (inText) current!.push(text);
      },
    },
    part,
  );
  return strings;
}

/** ISO date (t="d", rare: Excel itself writes serials) to the serial number Range.values would give. */
function serialOf(iso: string): number | string {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(iso) || !iso.includes('T') ? iso : `${iso}Z`);
  return Number.isNaN(ms) ? iso : ms / 86_400_000 + 25_569;
}

/**
 * A worksheet's cell values as Excel's Range.values gives them: shared and inline strings (runs joined),
 * numbers, booleans, error values as their text ("#REF!"), formulas as their cached value. Rows and cells
 * without an `r` attribute follow the one before, as the format allows.
 */
export function referenceWorksheetCells(
  xml: string,
  shared: readonly string[],
  sheet: string,
  part: string,
): Map<number, CellValue[]> {
  const rows = new Map<number, CellValue[]>();
  let row = 0;
  let column = 0;
  let type = 'n';
  let value: string[] | null = null;
  let inline: string[] | null = null;
  let capture: string[] | null = null;
  let phonetic = 0;
  const put = (cell: CellValue) => {
    if (cell === '') return;
    let cells = rows.get(row);
    if (cells === undefined) rows.set(row, (cells = []));
    cells[column] = cell;
  };
  const valueOf = (): CellValue => {
    const raw = value?.join('') ?? '';
    if (type === 'inlineStr') return decodeXstring(inline?.join('') ?? raw);
    if (raw === '') return '';
    switch (type) {
      case 's': {
        const text = shared[Number(raw)];
        if (text === undefined)
          throw new XlsxReadError(
            `Cell ${sheet}!${cellAddress(row, column)} points at shared string ${raw}, which the file does not have: it is damaged. Open it in Excel, save it again, and choose that copy.`,
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
  };
  scanXml(
    xml,
    {
      open(name, a) {
        if (name === 'row') {
          const r = Number(a.get('r'));
          row = Number.isInteger(r) && r > 0 ? r : row + 1;
          column = 0;
        } else if (name === 'c') {
          const at = parseCell(a.get('r') ?? '');
          if (at !== null) [row, column] = [at.row, at.column];
          else column++;
          type = a.get('t') ?? 'n';
          value = inline = null;
        } else if (name === 'v') capture = value = [];
        else if (name === 'is') inline = [];
        else if (name === 'rPh') phonetic++;
        else if (name === 't' && inline !== null && phonetic === 0) capture = inline;
      },
      close(name) {
        if (name === 'c') put(valueOf());
        else if (name === 'rPh') phonetic--;
        else if (name === 'v' || name === 't') capture = null;
      },
      text(text) {
        capture?.push(text);
      },
    },
    part,
  );
  return rows;
}

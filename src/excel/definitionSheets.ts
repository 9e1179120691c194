import type { CellValue, SheetData } from '../core/sheets/SheetData';
import { SHEET_ALIASES, type DefinitionSheet } from './workbookFormat';

export const DEFINITION_KINDS: readonly DefinitionSheet[] = [
  'questions',
  'choices',
  'settings',
  'indicators',
];

export type DefinitionNames = Readonly<Record<DefinitionSheet, string | null>>;

/**
 * Which existing sheet serves each definition: our own name first, then the XLSForm name (`survey`...).
 * Excel sheet names are case-insensitive, so "Survey" is `survey`.
 */
export function resolveDefinitionSheets(sheetNames: readonly string[]): DefinitionNames {
  const find = (kind: DefinitionSheet): string | null => {
    for (const alias of SHEET_ALIASES[kind]) {
      const hit = sheetNames.find((name) => name.toLowerCase() === alias.toLowerCase());
      if (hit !== undefined) return hit;
    }
    return null;
  };
  return {
    questions: find('questions'),
    choices: find('choices'),
    settings: find('settings'),
    indicators: find('indicators'),
  };
}

/** Queues a read of each existing definition sheet's used range (values only, so formatting is not read). */
export function queueDefinitionReads(
  context: Excel.RequestContext,
  names: DefinitionNames,
): Map<DefinitionSheet, Excel.Range> {
  const reads = new Map<DefinitionSheet, Excel.Range>();
  for (const kind of DEFINITION_KINDS) {
    const name = names[kind];
    if (name === null) continue;
    const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
    used.load('values,rowIndex,columnIndex');
    reads.set(kind, used);
  }
  return reads;
}

/** The loaded used ranges as SheetData, keeping where they sit so engine messages name the right cells. */
export function definitionData(
  names: DefinitionNames,
  reads: ReadonlyMap<DefinitionSheet, Excel.Range>,
): Partial<Record<DefinitionSheet, SheetData>> {
  const out: Partial<Record<DefinitionSheet, SheetData>> = {};
  for (const [kind, range] of reads) {
    const name = names[kind]!;
    out[kind] = range.isNullObject
      ? { name, rows: [] }
      : {
          name,
          rows: range.values as CellValue[][],
          firstRow: range.rowIndex + 1,
          firstColumn: range.columnIndex + 1,
        };
  }
  return out;
}

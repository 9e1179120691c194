import type { SheetData } from '../../core/sheets/SheetData';
import { DEFINITION_KINDS } from '../definitionSheets';
import { SHEET_ALIASES, type DefinitionSheet } from '../workbookFormat';

interface Candidate {
  readonly kind: DefinitionSheet;
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
}

/**
 * Queues a read of every definition sheet under each name it may have (Questions or `survey`...), through
 * null objects, so the definitions arrive in the same round trip as the Audit rows instead of after a
 * round trip that lists the sheets first.
 */
export function queueDefinitions(
  context: Excel.RequestContext,
): () => Partial<Record<DefinitionSheet, SheetData>> {
  const candidates: Candidate[] = [];
  for (const kind of DEFINITION_KINDS) {
    for (const alias of SHEET_ALIASES[kind]) {
      const sheet = context.workbook.worksheets.getItemOrNullObject(alias).load('name');
      const used = sheet.getUsedRangeOrNullObject(true).load('values,rowIndex,columnIndex');
      candidates.push({ kind, sheet, used });
    }
  }
  return () => {
    const out: Partial<Record<DefinitionSheet, SheetData>> = {};
    for (const { kind, sheet, used } of candidates) {
      if (out[kind] !== undefined || sheet.isNullObject) continue;
      out[kind] = used.isNullObject
        ? { name: sheet.name, rows: [] }
        : {
            name: sheet.name,
            rows: used.values as SheetData['rows'],
            firstRow: used.rowIndex + 1,
            firstColumn: used.columnIndex + 1,
          };
    }
    return out;
  };
}

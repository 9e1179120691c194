import { findColumn } from '../../core/sampling/CaseListRow';
import type { CellValue, SheetData } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import { headerNames } from '../headerRow';
import { PLANNING_SHEETS } from './planningFormat';

/** Where the pasted export sits: its used range (values only), whose first row is the header. */
export interface CaseListFrame {
  readonly sheet: string;
  /** 0-based worksheet row of the header and column of the used range's first cell. */
  readonly headerRow: number;
  readonly firstColumn: number;
  /** Rows below the header, blank ones included. */
  readonly dataRows: number;
  readonly header: readonly string[];
}

/**
 * Queues the read of the Case list's header (nothing else), to go with another read in the same round trip;
 * call the returned function after the sync. The used range of values starts at the first non-empty row,
 * which is the header whether the export is a table (Case_list) or pasted cells.
 */
export function queueCaseListFrame(context: Excel.RequestContext): () => CaseListFrame {
  const sheet = context.workbook.worksheets.getItemOrNullObject(PLANNING_SHEETS.caseList).load('name');
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount');
  const top = used.getRow(0).load('values');
  return () => {
    if (sheet.isNullObject)
      throw workbookError(
        PLANNING_SHEETS.caseList,
        '',
        `There is no "${PLANNING_SHEETS.caseList}" sheet. Add a sheet named "${PLANNING_SHEETS.caseList}" and paste the case export into it: a header row with Case ID and any other columns (case type, family reference...), then one row per case.`,
      );
    return {
      sheet: sheet.name,
      headerRow: used.rowIndex,
      firstColumn: used.columnIndex,
      dataRows: used.rowCount - 1,
      header: headerNames(top.values[0] as CellValue[] | undefined),
    };
  };
}

/**
 * Queues the read of only the named columns (matched as the core matches headers), so 100,000 cases stay far
 * under Excel on the web's 5 MB response: the whole export may have many wide columns. The result is the
 * sheet as readCaseList expects it, with unread columns blank; call it after the sync.
 */
export function queueCaseListColumns(
  context: Excel.RequestContext,
  frame: CaseListFrame,
  names: readonly string[],
): () => SheetData {
  const sheet = context.workbook.worksheets.getItem(frame.sheet);
  const wanted = new Set<number>();
  for (const name of names) {
    const header = findColumn(frame.header, name);
    if (header !== undefined) wanted.add(frame.header.indexOf(header));
  }
  const reads = [...wanted].map((index) => ({
    index,
    range:
      frame.dataRows <= 0
        ? null
        : sheet
            .getRangeByIndexes(frame.headerRow + 1, frame.firstColumn + index, frame.dataRows, 1)
            .load('values'),
  }));
  return () => {
    const width = frame.header.length;
    const rows: CellValue[][] = [frame.header.slice()];
    for (let r = 0; r < frame.dataRows; r++) rows.push(new Array<CellValue>(width).fill(null));
    for (const { index, range } of reads) {
      const values = (range?.values ?? []) as CellValue[][];
      for (let r = 0; r < values.length; r++) rows[r + 1]![index] = values[r]?.[0] ?? null;
    }
    return { name: frame.sheet, rows, firstRow: frame.headerRow + 1, firstColumn: frame.firstColumn + 1 };
  };
}

/** Rows per read when reading every column: Excel on the web refuses responses over 5 MB. */
export function rowsPerRead(columns: number, budgetBytes = 3_000_000): number {
  return Math.max(1, Math.floor(budgetBytes / (Math.max(1, columns) * 24)));
}

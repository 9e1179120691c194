import { readCaseList, type CaseList } from '../../core/sampling/readCaseList';
import type { CellValue } from '../../core/sheets/SheetData';
import type { ExcelHost } from '../ExcelHost';
import { queueCaseListFrame, rowsPerRead } from './caseListSheet';

/**
 * Reads every column of the Case list and checks it (missing and repeated Case IDs, repeated headers), each
 * issue with its cell. Two round trips up to about 10,000 rows of 12 columns; bigger lists are read in
 * slices under Excel on the web's 5 MB response limit, one more round trip per slice.
 */
export async function checkCaseList(host: ExcelHost): Promise<CaseList> {
  return host.run(async (context) => {
    const finish = queueCaseListFrame(context);
    await context.sync();
    const frame = finish();
    const sheet = context.workbook.worksheets.getItem(frame.sheet);
    const width = Math.max(1, frame.header.length);
    const step = rowsPerRead(width);
    const rows: CellValue[][] = [frame.header.slice()];
    for (let start = 0; start < frame.dataRows; start += step) {
      const count = Math.min(step, frame.dataRows - start);
      const slice = sheet
        .getRangeByIndexes(frame.headerRow + 1 + start, frame.firstColumn, count, width)
        .load('values');
      // One slice per round trip on purpose: together they would pass the 5 MB response limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      rows.push(...(slice.values as CellValue[][]));
    }
    return readCaseList({
      name: frame.sheet,
      rows,
      firstRow: frame.headerRow + 1,
      firstColumn: frame.firstColumn + 1,
    });
  });
}

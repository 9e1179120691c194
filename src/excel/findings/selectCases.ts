import { blockAddress } from '../qualifiedAddress';
import type { ExcelHost } from '../ExcelHost';
import { readAuditColumns } from '../readAuditColumns';
import { caseIdText } from '../locateCase';
import { CASE_ID } from '../workbookFormat';

/**
 * Drill-down: selects the Audit rows of the cases behind a figure, found by Case ID afresh (rows move when
 * a co-author sorts), in two round trips. Neighbouring rows are selected as one block so the address Excel
 * is given stays short. Ids not found are returned, so the pane can say which cases have gone.
 */
export async function selectCases(
  host: ExcelHost,
  caseIds: readonly string[],
): Promise<{ missing: string[] }> {
  return host.run(async (context) => {
    const read = await readAuditColumns(context, [CASE_ID]);
    const { frame } = read;
    const wanted = new Set(caseIds.map((id) => id.trim().toUpperCase()));
    const found = new Set<string>();
    const indexes: number[] = [];
    read.columns.get(CASE_ID)!.forEach((cell, i) => {
      const key = caseIdText(cell[0]).toUpperCase();
      if (wanted.has(key)) {
        indexes.push(i);
        found.add(key);
      }
    });
    const missing = caseIds.filter((id) => !found.has(id.trim().toUpperCase()));
    if (indexes.length === 0) return { missing };
    const blocks: [number, number][] = [];
    for (const i of indexes) {
      const last = blocks[blocks.length - 1];
      if (last && last[1] === i - 1) last[1] = i;
      else blocks.push([i, i]);
    }
    const width = Math.max(1, frame.header.length);
    const address = blocks
      .map(([a, b]) => blockAddress(frame.headerRow + 1 + a, frame.firstColumn, b - a + 1, width))
      .join(',');
    const sheet = context.workbook.worksheets.getItem(frame.sheet);
    sheet.activate();
    sheet.getRanges(address).select();
    await context.sync();
    return { missing };
  });
}

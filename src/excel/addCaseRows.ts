import type { CellValue } from '../core/sheets/SheetData';
import { missingColumns } from './auditDamage';
import { workbookError } from './AuditWorkbookError';
import type { ExcelHost } from './ExcelHost';
import { findColumn } from './headerRow';
import { locateCase } from './locateCase';
import { readAuditColumns } from './readAuditColumns';
import { AUDITOR, CASE_ID, FORMAT, SHEETS, STATUS, VERSION } from './workbookFormat';

export interface NewCase {
  readonly caseId: string;
  readonly auditor?: string;
}

/**
 * Adds one Audit row per new case (three round trips), Not started, version 0. An ID already in the sheet,
 * or given twice, is refused with the cell that holds it: two rows for one case would split its answers.
 */
export async function addCaseRows(host: ExcelHost, cases: readonly NewCase[]): Promise<void> {
  await host.run(async (context) => {
    const read = await readAuditColumns(context, [CASE_ID]);
    const ids = read.columns.get(CASE_ID)!;
    const missing = [AUDITOR, STATUS, VERSION].filter((n) => !read.frame.has(n));
    if (missing.length > 0) throw missingColumns(read.frame, missing);
    const seen = new Set<string>();
    for (const { caseId } of cases) {
      const key = caseId.trim().toUpperCase();
      const there = locateCase(ids, caseId);
      if (key === '')
        throw workbookError(read.frame.sheet, '', 'A case needs a Case ID: leave no Case ID blank.');
      if (there.kind !== 'missing' || seen.has(key)) {
        const cell = there.kind === 'found' ? read.frame.address(CASE_ID, there.index) : '';
        throw workbookError(
          read.frame.sheet,
          cell,
          `Case ${caseId} is already ${cell === '' ? 'in the list to add' : `in ${read.frame.sheet}!${cell}`}: each case has one row. Remove the repeat and add again.`,
        );
      }
      seen.add(key);
    }
    if (read.frame.mode !== 'table')
      throw workbookError(
        read.frame.sheet,
        '',
        `The ${SHEETS.audit} sheet is no longer a table: run Set up audit to make it one again, then add the cases.`,
      );
    // Blank rows first, then their cells with formats: values given to rows.add would be parsed as typed
    // (a Case ID "00123" would lose its zeros). Where Excel put them is read back, not assumed: a new
    // table's empty first row may be filled rather than followed.
    const width = read.frame.header.length;
    const added = context.workbook.tables
      .getItem(SHEETS.audit)
      .rows.add(
        undefined,
        cases.map(() => Array.from({ length: width }, () => '')),
      )
      .load('index');
    await context.sync();
    const firstFree = added.index;
    const sheet = context.workbook.worksheets.getItem(read.frame.sheet);
    const columns: readonly [string, (c: NewCase) => CellValue, string][] = [
      [CASE_ID, (c) => c.caseId.trim(), FORMAT.text],
      [AUDITOR, (c) => c.auditor ?? '', FORMAT.text],
      [STATUS, () => 'Not started', FORMAT.text],
      [VERSION, () => 0, FORMAT.whole],
    ];
    // Column by column, so the question cells of the new rows keep the formats their columns carry.
    for (const [name, value, format] of columns) {
      const at = read.frame.firstColumn + findColumn(read.frame.header, name);
      const target = sheet.getRangeByIndexes(read.frame.headerRow + 1 + firstFree, at, cases.length, 1);
      target.numberFormat = cases.map(() => [format]);
      target.values = cases.map((c) => [value(c)]);
    }
    await context.sync();
  });
}

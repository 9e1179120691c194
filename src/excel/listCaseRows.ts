import type { CaseSummary } from '../core/cases/CaseStore';
import type { CellValue } from '../core/sheets/SheetData';
import { statusOf, textOf } from './caseCells';
import type { ExcelHost } from './ExcelHost';
import { caseIdText } from './locateCase';
import { readCaseColumns } from './readCaseColumns';
import { textFromSerial } from './savedAt';
import { AUDITOR, CASE_ID, LAST_SAVED, STATUS } from './workbookFormat';

/**
 * Every row with a Case ID, in sheet order: four columns, not the whole table, ~40 bytes a case. One round
 * trip up to ~45,000 cases; past that, one more per ~4 MB so no response passes Excel on the web's 5 MB.
 */
export async function listCaseRows(host: ExcelHost): Promise<CaseSummary[]> {
  return host.run(async (context) => {
    const { columns } = await readCaseColumns(context, { names: [CASE_ID, AUDITOR, STATUS, LAST_SAVED] });
    const ids = columns.get(CASE_ID)!;
    const cell = (name: string, i: number): CellValue => columns.get(name)![i]?.[0] ?? null;
    const cases: CaseSummary[] = [];
    for (let i = 0; i < ids.length; i++) {
      const caseId = caseIdText(ids[i]?.[0]);
      if (caseId === '') continue;
      cases.push({
        caseId,
        auditor: textOf(cell(AUDITOR, i)),
        status: statusOf(cell(STATUS, i)),
        lastSaved: textFromSerial(cell(LAST_SAVED, i)),
      });
    }
    return cases;
  });
}

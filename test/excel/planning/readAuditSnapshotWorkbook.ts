import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { SheetData } from '../../../src/core/sheets/SheetData';
import { columnLetters } from '../../../src/core/sheets/cellAddress';
import type { SimWorkbook } from '../../../src/excel-sim/SimWorkbook';
import { writeXlsx } from '../../../src/xlsx/writeXlsx';
import { auditWith } from '../auditFixture';

/** Every sheet of the workbook as a .xlsx reader would give it: values from A1, blanks as ''. */
export function sheetsOf(workbook: SimWorkbook): SheetData[] {
  return workbook.sheetNames().map((name) => ({
    name,
    rows: workbook.getValues(name, 'A1:BZ60').map((r) => r.map((v) => v ?? '')),
  }));
}

/** Sheets saved as an .xlsx (values only, no styles), as a partner organisation's file would hold them. */
export function xlsxOfSheets(sheets: readonly SheetData[]): Uint8Array {
  return writeXlsx(
    sheets.map((s) => ({
      name: s.name,
      cells: s.rows,
      styles: [],
      tables: [],
      charts: [],
      links: [],
      columnWidths: [],
      freezeRows: 0,
    })),
  );
}

/** The workbook saved as an .xlsx (values only), as a partner organisation would send it. */
export function xlsxOf(workbook: SimWorkbook): Uint8Array {
  return xlsxOfSheets(sheetsOf(workbook));
}

/** The Audit cell of a case's answer, found by the header as a person would. */
export function cellOf(workbook: SimWorkbook, question: string, row: number): string {
  const header = workbook.getValues('Audit', 'A2:BZ2')[0]!;
  return `${columnLetters(header.indexOf(question) + 1)}${row}`;
}

/** 6 February 2023, 10:30, as a date-time answer (days since 1970). */
const RECEIVED: Answer = { kind: 'dateTime', days: 19394.4375 };

/**
 * A partner's copy from the template: C-001 a re-referral received on RECEIVED, C-002 with a comment,
 * C-003 not started.
 */
export async function partnerWorkbook() {
  const fixture = await auditWith(3);
  const save = (caseId: string, question: string, answer: Answer, baseVersion = 0) =>
    fixture.audit.saveAnswer({ caseId, question, answer, previous: null, baseVersion, auditor: 'Pat' });
  await save('C-001', 'case_type', 're_referral');
  await save('C-001', 'date_received', RECEIVED, 1);
  await save('C-002', 'auditor_comments', 'Seen at home');
  return fixture;
}

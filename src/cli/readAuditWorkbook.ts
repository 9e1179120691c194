import type ExcelJS from 'exceljs';
import { createCodec } from '../core/codec/createCodec';
import type { FindingsCase } from '../core/findings/FindingsAccumulator';
import type { Indicator } from '../core/findings/Indicator';
import { parseIndicators } from '../core/findings/parseIndicators';
import { parseQuestionSet } from '../core/questions/parseQuestionSet';
import type { QuestionSet } from '../core/questions/QuestionSet';
import type { EscalationRow } from '../core/report/EscalationRow';
import type { PlanningRecords } from '../core/report/PlanningRecords';
import type { SheetIssue } from '../core/sheets/SheetData';
import { resolveDefinitionSheets } from '../excel/definitionSheets';
import { findColumn } from '../excel/headerRow';
import { caseIdText } from '../excel/locateCase';
import { CASE_ID, SHEETS, STATUS } from '../excel/workbookFormat';
import { findAuditRows, findDataRows } from './findAuditRows';
import { readAuditCases } from './readAuditCases';
import { readPlanningTables } from './readPlanningTables';
import { readSheetData } from './readSheetData';
import { WorkbookProblem } from './WorkbookProblem';

export interface AuditWorkbookData {
  readonly questionSet: QuestionSet;
  readonly indicators: readonly Indicator[];
  readonly cases: readonly FindingsCase[];
  readonly warnings: readonly SheetIssue[];
  /** Rows of the Escalations sheet; undefined when the workbook has none. */
  readonly escalations?: readonly EscalationRow[];
  /** Statuses, auditors, Not audited marks and sample draws; undefined without a Status column. */
  readonly planning?: PlanningRecords;
}

/**
 * What the findings need from a loaded workbook, found as the add-in finds it (readQuestionSet and the Audit
 * reader in src/excel): the definition sheets by our names or XLSForm's, tables or plain sheets alike. Every
 * problem that would make a figure wrong stops here with its sheet and cell.
 */
export function readAuditWorkbook(workbook: ExcelJS.Workbook): AuditWorkbookData {
  const names = resolveDefinitionSheets(workbook.worksheets.map((s) => s.name));
  const sheet = (name: string | null) => (name === null ? undefined : workbook.getWorksheet(name));
  const data = (name: string | null) => {
    const ws = sheet(name);
    return ws === undefined ? undefined : readSheetData(ws);
  };
  const survey = data(names.questions);
  if (survey === undefined) {
    throw new WorkbookProblem([
      {
        sheet: SHEETS.questions,
        cell: '',
        message: `There is no ${SHEETS.questions} sheet (or XLSForm "survey" sheet), so there are no questions to count answers against. Is this the audit workbook? In Excel, Set up audit creates one from the built-in template.`,
      },
    ]);
  }
  const choices = data(names.choices);
  const settings = data(names.settings);
  const parsed = parseQuestionSet({
    survey,
    ...(choices === undefined ? {} : { choices }),
    ...(settings === undefined ? {} : { settings }),
  });
  if (parsed.questionSet === null || parsed.errors.length > 0) throw new WorkbookProblem(parsed.errors);
  const questionSet = parsed.questionSet;
  const indicatorSheet = data(names.indicators);
  const { indicators, errors } =
    indicatorSheet === undefined
      ? { indicators: [], errors: [] }
      : parseIndicators(indicatorSheet, questionSet);
  if (errors.length > 0) throw new WorkbookProblem(errors);
  const auditRows = findAuditRows(workbook);
  const audit = readAuditCases(auditRows, createCodec(questionSet));
  const escalations = readEscalations(workbook);
  const planning = readPlanningTables(workbook, auditRows);
  return {
    questionSet,
    indicators,
    cases: audit.cases,
    warnings: audit.warnings,
    ...(escalations === undefined ? {} : { escalations }),
    ...(planning === undefined ? {} : { planning }),
  };
}

/** Case ID and Status of each escalation, for the summary on the Findings sheet; nothing else is read. */
function readEscalations(workbook: ExcelJS.Workbook): EscalationRow[] | undefined {
  const rows = findDataRows(workbook, SHEETS.escalations);
  if (rows === null) return undefined;
  const idAt = findColumn(rows.header, CASE_ID);
  const statusAt = findColumn(rows.header, STATUS);
  return rows.rows
    .map((r) => ({
      caseId: caseIdText(r.cells[idAt]),
      status: statusAt < 0 ? '' : caseIdText(r.cells[statusAt]),
    }))
    .filter((r) => r.caseId !== '');
}

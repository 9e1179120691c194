import { parseQuestionSet } from '../core/questions/parseQuestionSet';
import type { QuestionSet } from '../core/questions/QuestionSet';
import type { CellValue, SheetData, SheetIssue } from '../core/sheets/SheetData';
import { auditColumns } from './auditColumns';
import {
  DEFINITION_KINDS,
  definitionData,
  queueDefinitionReads,
  resolveDefinitionSheets,
} from './definitionSheets';
import type { ExcelHost } from './ExcelHost';
import { queueColumnWidths } from './queueColumnWidths';
import { probeTable, tableState } from './tableState';
import { writeAuditTable } from './writeAuditTable';
import { writeDefinitionSheet } from './writeDefinitionSheet';
import { writeEscalationsTable } from './writeEscalationsTable';
import { DEFAULT_SETTINGS, DEFINITION_HEADERS, SHEETS, type DefinitionSheet } from './workbookFormat';

/** The built-in template's shape (`auditTemplate` in src/core/template): each sheet header row first. */
export interface AuditTemplateSheets {
  readonly survey: readonly (readonly CellValue[])[];
  readonly choices: readonly (readonly CellValue[])[];
  readonly settings: readonly (readonly CellValue[])[];
  readonly indicators: readonly (readonly CellValue[])[];
}

export type SetUpSource = { readonly template: AuditTemplateSheets } | 'workbook';

export interface SetUpResult {
  /** Sheets this run created, in order. */
  readonly createdSheets: readonly string[];
  /** Audit columns this run added (question names, or fixed columns that were missing). */
  readonly addedColumns: readonly string[];
  /** Audit columns no longer in the question set: kept with their answers; delete them yourself if unwanted. */
  readonly retiredColumns: readonly string[];
  /** Question-set errors and workbook problems, each naming its sheet and cell. Empty when all is well. */
  readonly issues: readonly SheetIssue[];
  readonly questionSet: QuestionSet | null;
}

const TEMPLATE_KEY: Readonly<Record<DefinitionSheet, keyof AuditTemplateSheets>> = {
  questions: 'survey',
  choices: 'choices',
  settings: 'settings',
  indicators: 'indicators',
};

/** What a missing definition sheet starts as when setting up from the workbook's own questions. */
function defaultRows(kind: DefinitionSheet): CellValue[][] {
  const header = [...DEFINITION_HEADERS[kind]];
  return kind === 'settings' ? [header, ...DEFAULT_SETTINGS.map(([n, v]) => [n, v])] : [header];
}

/**
 * "Set up audit", in three round trips: (1) which sheets and tables exist, (2) read the definitions and
 * the Audit/Escalations headers, (3) write everything. Existing definition sheets are never overwritten:
 * once set up, the agreed questions live in the workbook and the template only fills what is missing.
 */
export async function setUpAudit(host: ExcelHost, source: SetUpSource): Promise<SetUpResult> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name,items/visibility');
    const tables = context.workbook.tables.load('items/name');
    await context.sync();
    const sheetNames = sheets.items.map((s) => s.name);
    const tableNames = tables.items.map((t) => t.name);
    const names = resolveDefinitionSheets(sheetNames);
    const reads = queueDefinitionReads(context, names);
    const audit = probeTable(context, SHEETS.audit, sheetNames, tableNames);
    const escalations = probeTable(context, SHEETS.escalations, sheetNames, tableNames);
    const auditWidths = queueColumnWidths(audit);
    await context.sync();

    const data = definitionData(names, reads);
    const toCreate = new Map<DefinitionSheet, CellValue[][]>();
    for (const kind of DEFINITION_KINDS) {
      if (data[kind] !== undefined) continue;
      const rows =
        source === 'workbook' ? defaultRows(kind) : source.template[TEMPLATE_KEY[kind]].map((r) => [...r]);
      toCreate.set(kind, rows);
      data[kind] = { name: SHEETS[kind], rows };
    }
    if (source === 'workbook' && names.questions === null) {
      const message = `There is no ${SHEETS.questions} sheet (or XLSForm "survey" sheet) in this workbook. Add one, or set up the audit from the built-in template.`;
      return {
        createdSheets: [],
        addedColumns: [],
        retiredColumns: [],
        issues: [{ sheet: SHEETS.questions, cell: '', message }],
        questionSet: null,
      };
    }
    const parsed = parseQuestionSet({
      survey: data.questions!,
      ...optional('choices', data.choices),
      ...optional('settings', data.settings),
    });

    const createdSheets: string[] = [];
    for (const [kind, rows] of toCreate) {
      writeDefinitionSheet(context, SHEETS[kind], rows);
      createdSheets.push(SHEETS[kind]);
    }
    if (parsed.questionSet === null) {
      await context.sync();
      return {
        createdSheets,
        addedColumns: [],
        retiredColumns: [],
        issues: parsed.errors,
        questionSet: null,
      };
    }
    const auditState = tableState(audit);
    const columns = auditColumns(parsed.questionSet);
    const auditResult = writeAuditTable(context, auditState, columns, auditWidths());
    if (auditResult.created) createdSheets.push(SHEETS.audit);
    const escalationsResult = writeEscalationsTable(context, tableState(escalations));
    if (escalationsResult.created) createdSheets.push(SHEETS.escalations);
    // The auditor's next step is on the Audit sheet, so show it, as Excel shows a sheet the add-in activates.
    // A hidden sheet cannot be activated (the batch would fail); someone hid it on purpose, so leave it.
    const hidden = sheets.items.some((s) => s.name === auditState.sheet && s.visibility !== 'Visible');
    if (!hidden) context.workbook.worksheets.getItem(auditState.sheet).activate();
    await context.sync();
    return {
      createdSheets,
      addedColumns: auditResult.added,
      retiredColumns: auditResult.retired,
      issues: [...parsed.errors, ...auditResult.issues, ...escalationsResult.issues],
      questionSet: parsed.questionSet,
    };
  });
}

function optional<K extends string>(key: K, sheet: SheetData | undefined): Partial<Record<K, SheetData>> {
  return sheet === undefined ? {} : ({ [key]: sheet } as Record<K, SheetData>);
}

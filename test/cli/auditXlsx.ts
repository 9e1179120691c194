import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CaseRecord } from '../../src/core/cases/CaseEvaluation';
import { createCodec } from '../../src/core/codec/createCodec';
import type { CellValue } from '../../src/core/sheets/SheetData';
import { auditTemplate } from '../../src/core/template/auditTemplate';
import { loadTemplate } from '../../src/core/template/loadTemplate';
import { seedCases } from '../core/template/seedCases';

/** A case row for the Audit sheet: its record and the Status cell ('' for a blank cell). */
export interface CaseRow {
  readonly record: CaseRecord;
  readonly status: string;
}

export interface AuditXlsxOptions {
  /** 'tables': every sheet an Excel table, as Set up audit leaves it; 'plain': Convert to Range was chosen. */
  readonly layout?: 'tables' | 'plain';
  /** The add-in's Audit sheet has question labels in row 1 and the header in row 2; 1 puts the header first. */
  readonly auditHeaderRow?: 1 | 2;
  /** Leave the Status column out of the Audit sheet. */
  readonly withoutStatus?: boolean;
  readonly rows?: readonly CaseRow[];
  /** Override a definition sheet's rows, or leave the sheet out with null. */
  readonly sheets?: Partial<
    Record<'Questions' | 'Choices' | 'Settings' | 'Indicators', CellValue[][] | null>
  >;
  /** Change the Audit sheet's cells after they are laid out (header row first). */
  readonly editAudit?: (rows: CellValue[][]) => void;
  readonly escalations?: readonly (readonly [caseId: string, status: string])[];
}

/** The 66 audited cases of the seed report, Complete, followed by 14 Not started rows with no answers. */
export function seedRows(): CaseRow[] {
  const done = seedCases().map((record) => ({ record, status: 'Complete' }));
  const waiting = Array.from({ length: 14 }, (_, i) => ({
    record: { id: `N${String(i + 1).padStart(3, '0')}`, answers: new Map() },
    status: 'Not started',
  }));
  return [...done, ...waiting];
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm';

function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: CellValue[][],
  layout: 'tables' | 'plain',
  at = 1,
): void {
  const ws = workbook.addWorksheet(name);
  const [header, ...body] = rows;
  if (layout === 'tables' && header !== undefined && body.length > 0) {
    ws.addTable({
      name: name.replace(/\W/g, '_'),
      ref: `A${at}`,
      headerRow: true,
      columns: header.map((h) => ({ name: String(h) })),
      rows: body.map((r) => header.map((_, i) => r[i] ?? null)),
    });
  } else {
    rows.forEach((r, i) => r.forEach((v, c) => v !== null && (ws.getCell(at + i, c + 1).value = v)));
  }
}

/**
 * Writes an audit workbook the way Excel would save one made by the add-in: definition sheets from the
 * built-in template, an Audit sheet with a column per question (answers encoded as the add-in writes them:
 * choice labels, date serials with a date format) and optionally Escalations.
 */
export async function writeAuditXlsx(path: string, options: AuditXlsxOptions = {}): Promise<void> {
  const layout = options.layout ?? 'tables';
  const workbook = new ExcelJS.Workbook();
  const defs = {
    Questions: auditTemplate.survey,
    Choices: auditTemplate.choices,
    Settings: auditTemplate.settings,
    Indicators: auditTemplate.indicators,
    ...options.sheets,
  };
  for (const [name, rows] of Object.entries(defs)) if (rows !== null) addSheet(workbook, name, rows, layout);
  const { questionSet } = loadTemplate();
  const codec = createCodec(questionSet);
  const columns = codec.questions.filter((q) => q.question.type !== 'note');
  const fixed = options.withoutStatus ? ['Case ID', 'Auditor'] : ['Case ID', 'Auditor', 'Status'];
  const header: CellValue[] = [...fixed, ...columns.map((c) => c.question.name)];
  const body: CellValue[][] = (options.rows ?? seedRows()).map(({ record, status }) => [
    record.id,
    'Sam',
    ...(options.withoutStatus ? [] : [status]),
    ...columns.map((c) => c.encode(record.answers.get(c.question.name) ?? null)),
  ]);
  const rows = [header, ...body];
  options.editAudit?.(rows);
  const headerRow = options.auditHeaderRow ?? 2;
  addSheet(workbook, 'Audit', rows, layout, headerRow);
  const audit = workbook.getWorksheet('Audit')!;
  if (headerRow === 2)
    columns.forEach((c, i) => (audit.getCell(1, fixed.length + i + 1).value = c.question.label));
  columns.forEach((c, i) => {
    if (c.question.type === 'dateTime') audit.getColumn(fixed.length + i + 1).numFmt = DATE_FORMAT;
  });
  if (options.escalations !== undefined)
    addSheet(
      workbook,
      'Escalations',
      [['Case ID', 'Reason', 'Status'], ...options.escalations.map(([id, s]) => [id, 'Reason', s])],
      layout,
    );
  await workbook.xlsx.writeFile(path);
}

/** A temporary folder for one test file's workbooks, removed afterwards. */
export function tempFolder(): { path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'case-audit-cli-'));
  return { path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The seed rows with the 14 waiting rows begun (In progress): their blank required answers are issues. */
export const startedRows = (): ReturnType<typeof seedRows> =>
  seedRows().map((r) => (r.status === 'Not started' ? { ...r, status: 'In progress' } : r));

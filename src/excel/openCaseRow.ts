import type { Answer } from '../core/cases/CaseEvaluation';
import type { OpenedCase } from '../core/cases/CaseStore';
import type { Codec } from '../core/codec/createCodec';
import type { CellValue } from '../core/sheets/SheetData';
import { statusOf, textOf, versionOf } from './caseCells';
import type { ExcelHost } from './ExcelHost';
import { findCaseRow } from './findCaseRow';
import { findColumn, headerNames } from './headerRow';
import { caseIdText } from './locateCase';
import { textFromSerial } from './savedAt';
import { AUDITOR, CASE_ID, LAST_SAVED, SAVED_BY, SHEETS, STATUS, VERSION } from './workbookFormat';

/**
 * Opens a case in two round trips whatever the number of rows: (1) the Case ID column finds the row,
 * (2) that one row and the Escalations table are read. Cells the codec cannot read come back in
 * `invalid` with why, never silently dropped or "corrected".
 */
export async function openCaseRow(host: ExcelHost, codec: Codec, caseId: string): Promise<OpenedCase> {
  return host.run(async (context) => {
    const { read, index } = await findCaseRow(context, caseId);
    const row = read.frame.row(context, index).load('values');
    const escalationsTable = read.tableNames.find(
      (t) => t.toLowerCase() === SHEETS.escalations.toLowerCase(),
    );
    const escalations =
      escalationsTable === undefined
        ? null
        : context.workbook.tables.getItem(escalationsTable).getRange().load('values');
    await context.sync();
    const cells = (row.values[0] ?? []) as CellValue[];
    const pick = (name: string): CellValue => read.frame.pick(cells, name);
    const answers = new Map<string, Answer>();
    const invalid = new Map<string, string>();
    for (const question of codec.questions) {
      const name = question.question.name;
      if (question.question.type === 'note') continue;
      if (!read.frame.has(name)) {
        invalid.set(
          name,
          `The ${read.frame.sheet} sheet has no column "${name}" for this question: run Set up audit to add it.`,
        );
        continue;
      }
      const decoded = question.decode(pick(name));
      if (decoded.ok) answers.set(name, decoded.answer);
      else invalid.set(name, `${read.frame.sheet}!${read.frame.address(name, index)}: ${decoded.message}`);
    }
    return {
      caseId: caseIdText(pick(CASE_ID)),
      answers,
      invalid,
      version: versionOf(pick(VERSION)),
      status: statusOf(pick(STATUS)),
      auditor: textOf(pick(AUDITOR)),
      lastSaved: textFromSerial(pick(LAST_SAVED)),
      savedBy: textOf(pick(SAVED_BY)),
      escalations: escalations === null ? 0 : countEscalations(escalations.values as CellValue[][], caseId),
    };
  });
}

function countEscalations(rows: readonly (readonly CellValue[])[], caseId: string): number {
  const at = findColumn(headerNames(rows[0]), CASE_ID);
  if (at < 0) return 0;
  const key = caseId.trim().toUpperCase();
  return rows.slice(1).filter((r) => caseIdText(r[at]).toUpperCase() === key).length;
}

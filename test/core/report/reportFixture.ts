import type { CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { computeFindings } from '../../../src/core/findings/computeFindings';
import type { Findings } from '../../../src/core/findings/Findings';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { columnNumber } from '../../../src/core/sheets/cellAddress';
import type { CellValue } from '../../../src/core/sheets/SheetData';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { seedCases } from '../template/seedCases';

export const NOW = new Date(Date.UTC(2023, 1, 12));

/** The seed report's 66 cases through the built-in template, with cross-tabs asked for. */
export function seedFindings(options: { suppress?: boolean; cases?: CaseRecord[] } = {}): Findings {
  const { questionSet, indicators } = loadTemplate();
  return computeFindings(questionSet, indicators, options.cases ?? seedCases(), {
    now: NOW,
    crossTabs: [['case_type', 'source']],
    ...(options.suppress === undefined ? {} : { suppress: options.suppress }),
  });
}

/** The value at an A1 address of a laid-out sheet (null when blank). */
export function at(sheet: ReportSheet, address: string): CellValue {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return sheet.cells[Number(m[2]) - 1]?.[columnNumber(m[1]!) - 1] ?? null;
}

/** The values of a one-column A1 range, e.g. "B5:B9". */
export function column(sheet: ReportSheet, range: string): CellValue[] {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range)!;
  const out: CellValue[] = [];
  for (let r = Number(m[2]); r <= Number(m[4]); r++) out.push(at(sheet, `${m[1]}${r}`));
  return out;
}

/** The row number holding `text` in column A. */
export function rowOf(sheet: ReportSheet, text: string): number {
  const i = sheet.cells.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`No row starts with ${text}`);
  return i + 1;
}

export function sheetNamed(sheets: readonly ReportSheet[], name: string): ReportSheet {
  const s = sheets.find((x) => x.name === name);
  if (!s) throw new Error(`No sheet ${name}`);
  return s;
}

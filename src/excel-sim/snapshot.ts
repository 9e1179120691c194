import { cellAddress } from '../core/sheets/cellAddress';
import { formatAddress, formatRect } from './model/address';
import type { CellScalar } from './model/parseInput';
import { selectionAddress } from './api/RangeAreasApi';
import type { SheetModel } from './model/SheetModel';
import { ruleType } from './model/validationOps';
import type { WorkbookModel } from './model/WorkbookModel';

export interface SheetSnapshot {
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  /** "A1:C9", or null for an empty sheet. */
  usedRange: string | null;
  /** Values from A1 to the bottom-right of the used range ('' for empty). */
  values: CellScalar[][];
  /** Formula cells only, by address. */
  formulas: Record<string, string>;
  /** Cells whose number format is not General, by address (whole-column formats included in the cells shown). */
  numberFormats: Record<string, string>;
  formats: { range: string; key: string; value: unknown }[];
  tables: { name: string; range: string; columns: string[]; showTotals: boolean; style: string }[];
  charts: {
    name: string;
    type: string;
    title: string;
    series: { name: string; values: string | null; xValues: string | null; hasDataLabels: boolean }[];
  }[];
  dataValidations: { range: string; type: string; rule: Record<string, unknown> }[];
  frozen: { rows: number; columns: number };
  protection: { protected: boolean; options: Record<string, unknown> };
}

export interface WorkbookSnapshot {
  activeSheet: string | null;
  selection: { sheet: string; address: string } | null;
  settings: Record<string, unknown>;
  sheets: SheetSnapshot[];
}

function sheetSnapshot(wb: WorkbookModel, sheet: SheetModel, position: number): SheetSnapshot {
  const used = sheet.grid.usedRect(false);
  const values: CellScalar[][] = [];
  const formulas: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  if (used) {
    for (let r = 0; r <= used.r1; r++) {
      const row: CellScalar[] = [];
      for (let c = 0; c <= used.c1; c++) {
        row.push(sheet.grid.value(r, c));
        const f = sheet.grid.formula(r, c);
        if (f !== undefined) formulas[cellAddress(r + 1, c + 1)] = f;
        const nf = sheet.grid.numberFormat(r, c);
        if (nf !== 'General') numberFormats[cellAddress(r + 1, c + 1)] = nf;
      }
      values.push(row);
    }
  }
  return {
    name: sheet.name,
    position,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    usedRange: used ? formatRect(used) : null,
    values,
    formulas,
    numberFormats,
    formats: sheet.formats.entries().map((e) => ({ range: formatRect(e.rect), key: e.key, value: e.value })),
    tables: wb.tablesOn(sheet).map((t) => ({
      name: t.name,
      range: formatRect(t.rect),
      columns: t.columnNames(),
      showTotals: t.showTotals,
      style: t.style,
    })),
    charts: sheet.charts.map((c) => ({
      name: c.name,
      type: c.chartType,
      title: c.title.text,
      series: c.series.map((s) => ({
        name: s.name,
        values: s.values ? formatAddress(s.values.sheet.name, s.values.rect) : null,
        xValues: s.xValues ? formatAddress(s.xValues.sheet.name, s.xValues.rect) : null,
        hasDataLabels: s.hasDataLabels,
      })),
    })),
    dataValidations: sheet.validations.map((v) => ({
      range: formatRect(v.rect),
      type: ruleType(v.rule),
      rule: JSON.parse(JSON.stringify(v.rule)) as Record<string, unknown>,
    })),
    frozen: { ...sheet.frozen },
    protection: { protected: sheet.protection.protected, options: { ...sheet.protection.options } },
  };
}

/** A plain, JSON-serialisable picture of the workbook for tests and the preview. */
export function snapshotOf(wb: WorkbookModel): WorkbookSnapshot {
  const active = wb.activeSheet;
  return {
    activeSheet: active?.name ?? null,
    selection: active ? { sheet: active.name, address: selectionAddress(active) } : null,
    settings: Object.fromEntries(
      [...wb.settings].map(([k, v]) => [k, JSON.parse(JSON.stringify(v)) as unknown]),
    ),
    sheets: wb.sheets.map((s, i) => sheetSnapshot(wb, s, i)),
  };
}

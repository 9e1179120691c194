import type { SheetSnapshot, WorkbookSnapshot } from '../excel-sim';
import { parseAddress } from '../excel-sim/model/address';

export type ChartKind = 'bar' | 'column' | 'pie';

export interface ChartData {
  readonly title: string;
  readonly kind: ChartKind;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
}

type Chart = SheetSnapshot['charts'][number];

/** Excel's chart types drawn as the three shapes the preview knows. */
export function chartKind(type: string): ChartKind {
  if (/^(pie|doughnut)/i.test(type)) return 'pie';
  if (/^bar/i.test(type)) return 'bar';
  return 'column';
}

/** The cells a series points at ("Findings!B2:B6"), row by row; [] when the range cannot be read. */
export function rangeValues(snapshot: WorkbookSnapshot, address: string | null, fallbackSheet: string) {
  if (!address) return [];
  let parsed;
  try {
    parsed = parseAddress(address);
  } catch {
    return [];
  }
  const sheet = snapshot.sheets.find((s) => s.name === (parsed.sheet ?? fallbackSheet));
  if (!sheet) return [];
  const { r0, r1, c0, c1 } = parsed.rect;
  const cells = [];
  for (let r = r0; r <= Math.min(r1, r0 + 999); r++) {
    for (let c = c0; c <= Math.min(c1, c0 + 999); c++) cells.push(sheet.values[r]?.[c] ?? '');
  }
  return cells;
}

/** What a chart shows, read from the workbook the way Excel reads its series ranges. */
export function chartData(snapshot: WorkbookSnapshot, sheetName: string, chart: Chart): ChartData {
  const series = chart.series.map((s, i) => ({
    name: s.name || `Series ${i + 1}`,
    values: rangeValues(snapshot, s.values, sheetName).map((v) =>
      typeof v === 'number' ? v : Number(v) || 0,
    ),
  }));
  const first = chart.series[0];
  const labels = first ? rangeValues(snapshot, first.xValues, sheetName).map(String) : [];
  const longest = Math.max(0, ...series.map((s) => s.values.length));
  const categories = Array.from({ length: longest }, (_, i) => labels[i] ?? String(i + 1));
  return { title: chart.title || chart.name, kind: chartKind(chart.type), categories, series };
}

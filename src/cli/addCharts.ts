import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ReportSheet } from '../core/report/ReportSheet';
import { parseArea } from '../xlsx/a1';
import { chartXml } from '../xlsx/chartXml';
import { drawingXml } from '../xlsx/drawingXml';
import { REL, relsPathOf, relsXml } from '../xlsx/relsXml';

const CT = 'application/vnd.openxmlformats-officedocument';
/** Elements that come after <drawing> in a worksheet (CT_Worksheet's sequence): it goes before the first of them. */
const AFTER_DRAWING = [
  '<legacyDrawing',
  '<legacyDrawingHF',
  '<drawingHF',
  '<picture',
  '<oleObjects',
  '<controls',
  '<webPublishItems',
  '<tableParts',
  '<extLst',
  '</worksheet>',
];

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
const unescape = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The number format of a chart's values: that of the styled range holding their first cell, as Excel would show it. */
function valueFormat(sheet: ReportSheet, row: number, column: number, percentFormat: string): string {
  for (const styled of sheet.styles) {
    const a = parseArea(styled.range);
    if (a === null || row < a.top || row > a.bottom || column < a.left || column > a.right) continue;
    if (styled.numberFormat !== undefined) return styled.numberFormat;
    if (styled.style === 'percent') return percentFormat;
  }
  return 'General';
}

/** Path of each sheet's part, by sheet name, from the workbook and its relationships. */
function sheetParts(files: Record<string, Uint8Array>): Map<string, string> {
  const workbook = strFromU8(files['xl/workbook.xml']!);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']!);
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [attr(m[0], 'Id'), attr(m[0], 'Target')]),
  );
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attr(m[0], 'r:id'));
    const name = attr(m[0], 'name');
    if (target === undefined || name === undefined) continue;
    parts.set(unescape(name), target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  return parts;
}

/**
 * Adds the report's native charts to an .xlsx that exceljs wrote (exceljs cannot write charts): the chart
 * and drawing parts come from the board copy's writer (src/xlsx), and each report sheet gets a drawing
 * relationship. Parts already in the file are left as they are; new ones take numbers not yet used.
 */
export function addCharts(
  xlsx: Uint8Array,
  sheets: readonly ReportSheet[],
  percentFormat: string,
): Uint8Array {
  if (sheets.every((s) => s.charts.length === 0)) return xlsx;
  const files = unzipSync(xlsx);
  const parts = sheetParts(files);
  const next = (prefix: string): number => {
    let n = 1;
    while (files[`${prefix}${n}.xml`] !== undefined) n++;
    return n;
  };
  const overrides: string[] = [];
  for (const sheet of sheets) {
    const sheetPath = parts.get(sheet.name);
    if (sheet.charts.length === 0 || sheetPath === undefined) continue;
    const placed = sheet.charts.map((chart, i) => {
      const n = next('xl/charts/chart');
      const values = parseArea(chart.values)!;
      const format = valueFormat(sheet, values.top, values.left, percentFormat);
      files[`xl/charts/chart${n}.xml`] = strToU8(
        chartXml(chart, {
          sheet: sheet.name,
          categories: parseArea(chart.categories)!,
          values,
          valueAt: (row, column) => sheet.cells[row - 1]?.[column - 1] ?? null,
          valueFormat: format,
        }),
      );
      overrides.push(
        `<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT}.drawingml.chart+xml"/>`,
      );
      return { chart, relId: `rId${i + 1}`, target: `../charts/chart${n}.xml` };
    });
    const d = next('xl/drawings/drawing');
    const drawingPath = `xl/drawings/drawing${d}.xml`;
    files[drawingPath] = strToU8(drawingXml(placed));
    files[relsPathOf(drawingPath)] = strToU8(
      relsXml(placed.map((p) => ({ id: p.relId, type: REL.chart, target: p.target }))),
    );
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT}.drawing+xml"/>`);
    const relsPath = relsPathOf(sheetPath);
    const rels = files[relsPath] === undefined ? relsXml([]) : strFromU8(files[relsPath]);
    const relId = `rIdCaseAuditCharts`;
    const rel = `<Relationship Id="${relId}" Type="${REL.drawing}" Target="../drawings/drawing${d}.xml"/>`;
    files[relsPath] = strToU8(rels.replace('</Relationships>', `${rel}</Relationships>`));
    const xml = strFromU8(files[sheetPath]!);
    const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
    files[sheetPath] = strToU8(`${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`);
  }
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `${overrides.join('')}</Types>`));
  return zipSync(files, { level: 6 });
}

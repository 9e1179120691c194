import { zipSync, type Zippable } from 'fflate';
import type { ReportSheet } from '../core/report/ReportSheet';
import { parseArea } from './a1';
import { chartXml } from './chartXml';
import { drawingXml } from './drawingXml';
import { REL, type Relationship, relsPathOf, relsXml } from './relsXml';
import { SharedStrings } from './SharedStrings';
import { StyleTable } from './stylesXml';
import { tableXml } from './tableXml';
import { utf8 } from './utf8';
import { headerText, validateReport } from './validateReport';
import { worksheetXml, styleGrid } from './worksheetXml';
import { NS, XML_HEADER, escapeXml } from './xml';

export interface XlsxOptions {
  /** Number format of 'percent' cells whose range gives none; they hold fractions (0.68 shows as 68%). Default `0%`. */
  readonly percentFormat?: string;
  /** Time stamped on the zip entries; fixed by default so the same report gives the same bytes. */
  readonly modified?: Date;
}

const CT = 'application/vnd.openxmlformats-officedocument';
const FIXED_TIME = new Date(Date.UTC(2000, 0, 1));

/**
 * Renders report sheets to an .xlsx file: cells, styles, tables, native charts, links, widths and frozen rows.
 * Our own because no maintained npm library writes charts. Runs in the browser and in Node (fflate only).
 * Throws XlsxError, naming the sheet and cell, for anything Excel would have to "repair".
 */
export function writeXlsx(sheets: readonly ReportSheet[], options: XlsxOptions = {}): Uint8Array {
  validateReport(sheets);
  const percentFormat = options.percentFormat ?? '0%';
  const files: Record<string, string> = {};
  const overrides: [string, string][] = [
    ['/xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml'],
    ['/xl/styles.xml', `${CT}.spreadsheetml.styles+xml`],
    ['/xl/sharedStrings.xml', `${CT}.spreadsheetml.sharedStrings+xml`],
  ];
  const strings = new SharedStrings();
  const styleTable = new StyleTable(percentFormat);
  let tableCount = 0;
  let chartCount = 0;
  let drawingCount = 0;
  sheets.forEach((sheet, i) => {
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const sheetRels: Relationship[] = [];
    const tableRelIds = sheet.tables.map((table) => {
      const id = ++tableCount;
      const area = parseArea(table.range)!;
      const headers: string[] = [];
      for (let c = area.left; c <= area.right; c++)
        headers.push(headerText(sheet.cells[area.top - 1]?.[c - 1] ?? null));
      files[`xl/tables/table${id}.xml`] = tableXml(id, table.name, area, headers);
      overrides.push([`/xl/tables/table${id}.xml`, `${CT}.spreadsheetml.table+xml`]);
      const relId = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: relId, type: REL.table, target: `../tables/table${id}.xml` });
      return relId;
    });
    const styles = styleGrid(sheet, styleTable);
    let drawingRelId: string | null = null;
    if (sheet.charts.length > 0) {
      const drawing = ++drawingCount;
      const drawingPath = `xl/drawings/drawing${drawing}.xml`;
      const placed = sheet.charts.map((chart, j) => {
        const n = ++chartCount;
        const values = parseArea(chart.values)!;
        files[`xl/charts/chart${n}.xml`] = chartXml(chart, {
          sheet: sheet.name,
          categories: parseArea(chart.categories)!,
          values,
          valueAt: (row, column) => sheet.cells[row - 1]?.[column - 1] ?? null,
          valueFormat: styleTable.formatOf(styles.get(values.top)?.get(values.left)),
        });
        overrides.push([`/xl/charts/chart${n}.xml`, `${CT}.drawingml.chart+xml`]);
        return { chart, relId: `rId${j + 1}`, target: `../charts/chart${n}.xml` };
      });
      files[drawingPath] = drawingXml(placed);
      files[relsPathOf(drawingPath)] = relsXml(
        placed.map((p) => ({ id: p.relId, type: REL.chart, target: p.target })),
      );
      overrides.push([`/${drawingPath}`, `${CT}.drawing+xml`]);
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: drawingRelId, type: REL.drawing, target: `../drawings/drawing${drawing}.xml` });
    }
    files[sheetPath] = worksheetXml(sheet, strings, { styles, drawingRelId, tableRelIds, selected: i === 0 });
    if (sheetRels.length > 0) files[relsPathOf(sheetPath)] = relsXml(sheetRels);
    overrides.push([`/${sheetPath}`, `${CT}.spreadsheetml.worksheet+xml`]);
  });
  files['xl/workbook.xml'] = workbookXml(sheets);
  files['xl/_rels/workbook.xml.rels'] = relsXml([
    ...sheets.map((_, i) => ({
      id: `rId${i + 1}`,
      type: REL.worksheet,
      target: `worksheets/sheet${i + 1}.xml`,
    })),
    { id: `rId${sheets.length + 1}`, type: REL.styles, target: 'styles.xml' },
    { id: `rId${sheets.length + 2}`, type: REL.sharedStrings, target: 'sharedStrings.xml' },
  ]);
  files['xl/styles.xml'] = styleTable.xml();
  files['xl/sharedStrings.xml'] = strings.xml();
  files['_rels/.rels'] = relsXml([{ id: 'rId1', type: REL.officeDocument, target: 'xl/workbook.xml' }]);
  const contentTypes = contentTypesXml(overrides);
  const mtime = options.modified ?? FIXED_TIME;
  // [Content_Types].xml first, as Office writes it; some readers sniff the first entry.
  const zip: Zippable = { '[Content_Types].xml': [utf8(contentTypes), { mtime }] };
  for (const [path, xml] of Object.entries(files)) zip[path] = [utf8(xml), { mtime }];
  return zipSync(zip, { level: 6 });
}

function workbookXml(sheets: readonly ReportSheet[]): string {
  const items = sheets.map(
    (s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  return (
    XML_HEADER +
    `<workbook xmlns="${NS.main}" xmlns:r="${NS.rel}">` +
    `<bookViews><workbookView activeTab="0"/></bookViews><sheets>${items.join('')}</sheets></workbook>`
  );
}

function contentTypesXml(overrides: readonly (readonly [string, string])[]): string {
  const items = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`);
  return (
    XML_HEADER +
    `<Types xmlns="${NS.contentTypes}">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${items.join('')}</Types>`
  );
}

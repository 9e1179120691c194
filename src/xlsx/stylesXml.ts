import type { CellStyle } from '../core/report/ReportSheet';
import { NS, XML_HEADER, escapeXml } from './xml';

interface StyleSpec {
  readonly font: { bold?: boolean; italic?: boolean; underline?: boolean; size?: number; color?: string };
  readonly numberFormat?: 'percent';
}

/** How each report style looks in the file; the cellXfs index of a style is its position here plus one. */
const SPECS: readonly (readonly [CellStyle, StyleSpec])[] = [
  ['title', { font: { bold: true, size: 16 } }],
  ['subtitle', { font: { size: 12, color: 'FF595959' } }],
  ['heading', { font: { bold: true, size: 13 } }],
  ['tableHeader', { font: { bold: true } }],
  ['percent', { font: {}, numberFormat: 'percent' }],
  ['note', { font: { italic: true, size: 10, color: 'FF595959' } }],
  ['link', { font: { underline: true, color: 'FF0563C1' } }],
  ['warning', { font: { bold: true, color: 'FFC00000' } }],
];

export const STYLE_INDEX: Readonly<Record<CellStyle, number>> = Object.fromEntries(
  SPECS.map(([style], i) => [style, i + 1]),
) as Record<CellStyle, number>;

/** First id Excel leaves free for custom number formats. */
const PERCENT_FORMAT_ID = 164;

function fontXml(font: StyleSpec['font']): string {
  return (
    '<font>' +
    (font.bold ? '<b/>' : '') +
    (font.italic ? '<i/>' : '') +
    (font.underline ? '<u/>' : '') +
    `<sz val="${font.size ?? 11}"/>` +
    (font.color ? `<color rgb="${font.color}"/>` : '') +
    '<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>'
  );
}

/**
 * xl/styles.xml: the default look plus one cell format per report style. `percentFormat` is the number
 * format of 'percent' cells, so the figure a layout stores (68, or 0.68) shows as 68%.
 */
export function stylesXml(percentFormat: string): string {
  const fonts = [fontXml({}), ...SPECS.map(([, spec]) => fontXml(spec.font))];
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    ...SPECS.map(([, spec], i) => {
      const numFmtId = spec.numberFormat === 'percent' ? PERCENT_FORMAT_ID : 0;
      const applyNumber = numFmtId === 0 ? '' : ' applyNumberFormat="1"';
      return `<xf numFmtId="${numFmtId}" fontId="${i + 1}" fillId="0" borderId="0" xfId="0" applyFont="1"${applyNumber}/>`;
    }),
  ];
  return (
    XML_HEADER +
    `<styleSheet xmlns="${NS.main}">` +
    `<numFmts count="1"><numFmt numFmtId="${PERCENT_FORMAT_ID}" formatCode="${escapeXml(percentFormat)}"/></numFmts>` +
    `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

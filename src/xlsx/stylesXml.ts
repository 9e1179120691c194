import type { CellStyle } from '../core/report/ReportSheet';
import { NS, XML_HEADER, escapeXml } from './xml';

interface Font {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
}

/** How each report style looks in the file. */
const FONTS: Readonly<Record<CellStyle, Font>> = {
  title: { bold: true, size: 16 },
  subtitle: { size: 12, color: 'FF595959' },
  heading: { bold: true, size: 13 },
  tableHeader: { bold: true },
  percent: {},
  note: { italic: true, size: 10, color: 'FF595959' },
  link: { underline: true, color: 'FF0563C1' },
  warning: { bold: true, color: 'FFC00000' },
};
const STYLES = Object.keys(FONTS) as CellStyle[];

/** Formats Excel knows by number; any other is declared in numFmts from id 164, the first one free. */
const BUILT_IN: Readonly<Record<string, number>> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10 };
const FIRST_CUSTOM = 164;

function fontXml(font: Font): string {
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
 * The workbook's cell formats (xl/styles.xml cellXfs): one per style, number format and wrapping in use, added
 * as cells ask for them. Index 0 is the default look. A 'percent' cell without a number format gets
 * `percentFormat`. Style null: the default font (a wrapped cell that has no style of its own).
 */
export class StyleTable {
  private readonly xfs: { style: CellStyle | null; format: string; wrap: boolean }[] = [];
  private readonly custom: string[] = [];

  constructor(private readonly percentFormat: string) {}

  indexOf(style: CellStyle | null, numberFormat?: string, wrap = false): number {
    const format = numberFormat ?? (style === 'percent' ? this.percentFormat : 'General');
    let i = this.xfs.findIndex((x) => x.style === style && x.format === format && x.wrap === wrap);
    if (i < 0) i = this.xfs.push({ style, format, wrap }) - 1;
    if (BUILT_IN[format] === undefined && !this.custom.includes(format)) this.custom.push(format);
    return i + 1;
  }

  /** The number format of a cell format index, for a chart's cached values. */
  formatOf(index: number | undefined): string {
    return index === undefined ? 'General' : (this.xfs[index - 1]?.format ?? 'General');
  }

  xml(): string {
    const formatId = (f: string): number => BUILT_IN[f] ?? FIRST_CUSTOM + this.custom.indexOf(f);
    const fonts = [fontXml({}), ...STYLES.map((s) => fontXml(FONTS[s]))];
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      ...this.xfs.map(({ style, format, wrap }) => {
        const id = formatId(format);
        const font = style === null ? 0 : STYLES.indexOf(style) + 1;
        const applyFont = style === null ? '' : ' applyFont="1"';
        const applyNumber = id === 0 ? '' : ' applyNumberFormat="1"';
        // Top-aligned, as the add-in and the command line set wrapped cells: a row grown for a long
        // sentence then reads from its first line, level with the rest of the row.
        const attributes = `numFmtId="${id}" fontId="${font}" fillId="0" borderId="0" xfId="0"${applyFont}${applyNumber}`;
        return wrap
          ? `<xf ${attributes} applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>`
          : `<xf ${attributes}/>`;
      }),
    ];
    const numFmts = this.custom.map(
      (f) => `<numFmt numFmtId="${formatId(f)}" formatCode="${escapeXml(f)}"/>`,
    );
    return (
      XML_HEADER +
      `<styleSheet xmlns="${NS.main}">` +
      (numFmts.length === 0 ? '' : `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>`) +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}

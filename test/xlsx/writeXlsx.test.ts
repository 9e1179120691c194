/** @jest-environment jsdom */
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { readXlsx } from './readXlsx';
import { sampleReport } from './sampleReport';

const file = readXlsx(writeXlsx(sampleReport()));
const attr = (el: Element | undefined, name: string): string | null => el?.getAttribute(name) ?? null;

describe('writeXlsx package', () => {
  it('declares a content type for every part and every declared part exists', () => {
    const types = file.xml('[Content_Types].xml');
    const overrides = Array.from(types.getElementsByTagName('Override')).map((o) =>
      attr(o, 'PartName')!.slice(1),
    );
    const defaults = Array.from(types.getElementsByTagName('Default')).map((d) => attr(d, 'Extension'));
    expect(defaults).toEqual(expect.arrayContaining(['rels', 'xml']));
    for (const part of overrides) expect(file.paths).toContain(part);
    const content = file.paths.filter((p) => !p.endsWith('.rels') && p !== '[Content_Types].xml');
    expect(new Set(overrides)).toEqual(new Set(content));
    const typeOf = (part: string): string | null =>
      attr(
        Array.from(types.getElementsByTagName('Override')).find((o) => attr(o, 'PartName') === `/${part}`),
        'ContentType',
      );
    expect(typeOf('xl/workbook.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    );
    expect(typeOf('xl/charts/chart1.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
    );
    expect(typeOf('xl/tables/table2.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
    );
  });

  it('puts [Content_Types].xml first and every XML part parses', () => {
    expect(file.paths[0]).toBe('[Content_Types].xml');
    for (const path of file.paths) expect(() => file.xml(path)).not.toThrow();
  });

  it('resolves every relationship to a part that exists, and every r:id a part uses is in its rels', () => {
    for (const path of file.paths.filter((p) => !p.endsWith('.rels'))) {
      const rels = file.rels(path);
      for (const { path: target } of rels.values()) expect(file.paths).toContain(target);
      const used = [...file.text(path).matchAll(/r:id="([^"]+)"/g)].map((m) => m[1]!);
      for (const id of used) expect(rels.has(id)).toBe(true);
    }
    expect([...file.rels('').values()].map((r) => r.path)).toEqual(['xl/workbook.xml']);
  });

  it('writes the sheets in order, the first selected, and cells back exactly', () => {
    expect(file.sheets().map((s) => s.name)).toEqual(['About this copy', 'Findings & more']);
    const cells = file.cells('Findings & more');
    expect(cells.get('A1')?.value).toBe('Re-referrals <audit>');
    expect(cells.get('B3')?.value).toBe(21);
    expect(cells.get('B4')?.value).toBe('c');
    expect(cells.get('D4')?.value ?? null).toBeNull();
    expect(cells.get('C9')?.value).toBe(0.33);
    const first = file.xml(file.sheets()[0]!.path).getElementsByTagName('sheetView')[0];
    expect(attr(first, 'tabSelected')).toBe('1');
  });

  it('writes table parts whose columns are the header cells, as text', () => {
    const tables = file.paths.filter((p) => p.startsWith('xl/tables/'));
    expect(tables).toHaveLength(2);
    const cells = file.cells('Findings & more');
    const byName = new Map(tables.map((p) => [attr(file.xml(p).documentElement, 'name'), file.xml(p)]));
    const indicators = byName.get('Indicators')!;
    expect(attr(indicators.documentElement, 'ref')).toBe('A2:D4');
    const columns = Array.from(indicators.getElementsByTagName('tableColumn')).map((c) => attr(c, 'name'));
    expect(columns).toEqual(['A2', 'B2', 'C2', 'D2'].map((a) => cells.get(a)?.value));
    for (const a of ['A2', 'B2', 'C2', 'D2', 'A6', 'B6', 'C6']) expect(cells.get(a)?.type).toBe('s');
    const ids = tables.map((p) => attr(file.xml(p).documentElement, 'id'));
    expect(new Set(ids).size).toBe(2);
  });

  it('styles headers bold, titles large and percent cells with the percent format', () => {
    const styles = file.xml('xl/styles.xml');
    const xfs = Array.from(styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'));
    const fonts = Array.from(styles.getElementsByTagName('fonts')[0]!.getElementsByTagName('font'));
    const cells = file.cells('Findings & more');
    const fontOf = (a: string): Element => fonts[Number(attr(xfs[cells.get(a)!.style], 'fontId'))]!;
    expect(fontOf('A2').getElementsByTagName('b')).toHaveLength(1);
    expect(fontOf('B3').getElementsByTagName('b')).toHaveLength(0);
    expect(Number(attr(fontOf('A1').getElementsByTagName('sz')[0], 'val'))).toBeGreaterThan(11);
    // 0% is Excel's built-in format 9: no numFmt needs declaring for it.
    expect(attr(xfs[cells.get('D3')!.style], 'numFmtId')).toBe('9');
    expect(attr(xfs[cells.get('D3')!.style], 'applyNumberFormat')).toBe('1');
    // A styled blank (D4, a hidden percentage) still carries its style.
    expect(cells.get('D4')?.style).toBe(cells.get('D3')?.style);
  });

  it("uses a range's own number format, declaring custom ones, and the given default for bare percent cells", () => {
    const [about, findings] = sampleReport();
    const styled = {
      ...findings!,
      styles: [...findings!.styles, { range: 'C7:C9', style: 'percent' as const, numberFormat: '0.0%' }],
    };
    const read = readXlsx(writeXlsx([about!, styled], { percentFormat: '0.00%' }));
    const styles = read.xml('xl/styles.xml');
    const xfs = Array.from(styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'));
    const cells = read.cells('Findings & more');
    const numFmtOf = (a: string): string | null => attr(xfs[cells.get(a)!.style], 'numFmtId');
    const custom = Array.from(styles.getElementsByTagName('numFmt'));
    expect(custom.map((f) => [attr(f, 'numFmtId'), attr(f, 'formatCode')])).toEqual([['164', '0.0%']]);
    expect(numFmtOf('C8')).toBe('164');
    expect(numFmtOf('D3')).toBe('10');
  });

  it("wraps the wrapped ranges top-aligned, keeping each cell's own font and number format", () => {
    const [about, findings] = sampleReport();
    // A3:A4 are unstyled text; D3 is a percent cell; A2 a table header: all three looks must survive wrapping.
    const read = readXlsx(writeXlsx([about!, { ...findings!, wrapped: ['A2:A4', 'D3'] }]));
    const styles = read.xml('xl/styles.xml');
    const xfs = Array.from(styles.getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'));
    const cells = read.cells('Findings & more');
    const xfOf = (a: string): Element => xfs[cells.get(a)?.style ?? 0]!;
    const alignment = (a: string): [string | null, string | null] => {
      const el = xfOf(a).getElementsByTagName('alignment')[0];
      return [attr(el, 'wrapText'), attr(el, 'vertical')];
    };
    for (const a of ['A2', 'A3', 'A4', 'D3']) expect([a, ...alignment(a)]).toEqual([a, '1', 'top']);
    for (const a of ['B3', 'D4', 'A6']) expect([a, ...alignment(a)]).toEqual([a, null, null]);
    // Wrapping adds to a cell's look: the header stays bold, the percentage keeps its format.
    const plain = readXlsx(writeXlsx([about!, findings!]));
    const fontAndFormat = (xf: Element): [string | null, string | null] => [
      attr(xf, 'fontId'),
      attr(xf, 'numFmtId'),
    ];
    const plainCells = plain.cells('Findings & more');
    const plainXf = (a: string): Element =>
      Array.from(plain.xml('xl/styles.xml').getElementsByTagName('cellXfs')[0]!.getElementsByTagName('xf'))[
        plainCells.get(a)?.style ?? 0
      ]!;
    for (const a of ['A2', 'D3', 'A3'])
      expect([a, ...fontAndFormat(xfOf(a))]).toEqual([a, ...fontAndFormat(plainXf(a))]);
  });

  it('writes column widths, frozen rows and internal links', () => {
    const [about, findings] = file.sheets();
    const sheet = file.xml(findings!.path);
    const cols = Array.from(sheet.getElementsByTagName('col')).map((c) => [attr(c, 'min'), attr(c, 'width')]);
    expect(cols).toEqual([
      ['1', '40'],
      ['2', '8'],
      ['3', '8'],
      ['4', '8'],
    ]);
    const pane = sheet.getElementsByTagName('pane')[0];
    expect([attr(pane, 'ySplit'), attr(pane, 'topLeftCell'), attr(pane, 'state')]).toEqual([
      '1',
      'A2',
      'frozen',
    ]);
    expect(file.xml(about!.path).getElementsByTagName('pane')).toHaveLength(0);
    const link = file.xml(about!.path).getElementsByTagName('hyperlink')[0];
    expect([attr(link, 'ref'), attr(link, 'location')]).toEqual(['A4', "'Findings & more'!A1"]);
  });

  it('gives the same bytes for the same report', () => {
    expect(writeXlsx(sampleReport())).toEqual(writeXlsx(sampleReport()));
  });
});

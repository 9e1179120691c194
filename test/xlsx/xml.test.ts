/** @jest-environment jsdom */
import fc from 'fast-check';
import type { ReportSheet } from '../../src/core/report/ReportSheet';
import type { CellValue } from '../../src/core/sheets/SheetData';
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { escapeXml, xstring } from '../../src/xlsx/xml';
import { readXlsx, unescapeX } from './readXlsx';

const sheet = (cells: CellValue[][], extra: Partial<ReportSheet> = {}): ReportSheet => ({
  name: 'S',
  cells,
  styles: [],
  tables: [],
  charts: [],
  links: [],
  columnWidths: [],
  freezeRows: 0,
  ...extra,
});

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, 'application/xml');

describe('XML text', () => {
  it('escapes markup in text and attributes', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it("keeps a literal _xHHHH_ and control characters as Excel's escapes", () => {
    expect(xstring('_x0041_')).toBe('_x005F_x0041_');
    expect(xstring('a\u0001b\rc')).toBe('a_x0001_b_x000D_c');
    expect(unescapeX(xstring('_x0041_ a\u0001b\rc'))).toBe('_x0041_ a\u0001b\rc');
  });

  it('round-trips any text through a cell, including markup, spaces, emoji and control characters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 8 }),
        (texts) => {
          const cells = texts.map((t) => [t === '' ? 'x' : t]);
          const read = readXlsx(writeXlsx([sheet(cells)])).cells('S');
          texts.forEach((t, i) => expect(read.get(`A${i + 1}`)?.value).toBe(t === '' ? 'x' : t));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('round-trips numbers and booleans', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()), {
          minLength: 1,
          maxLength: 8,
        }),
        (values) => {
          const read = readXlsx(writeXlsx([sheet([values])])).cells('S');
          values.forEach((v, i) =>
            expect(read.get(`${String.fromCharCode(65 + i)}1`)?.value).toBe(Object.is(v, -0) ? 0 : v),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it('keeps alt text, titles and sheet names well-formed whatever they hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const report = sheet(
          [
            ['Choice', 'n'],
            ['a', 1],
          ],
          {
            charts: [
              {
                name: 'C',
                kind: 'bar',
                title: text,
                categories: 'A2',
                values: 'B2',
                seriesName: text,
                categoryAxisTitle: text,
                valueAxisTitle: text,
                altText: text,
                from: 'D1',
                to: 'H9',
              },
            ],
          },
        );
        const file = readXlsx(writeXlsx([report]));
        for (const path of file.paths)
          expect(parse(file.text(path)).getElementsByTagName('parsererror')).toHaveLength(0);
      }),
      { numRuns: 40 },
    );
  });
});

import fc from 'fast-check';
import type { CellValue } from '../../../src/core/sheets/SheetData';
import { readSharedStrings } from '../../../src/xlsx/read/readSharedStrings';
import { readWorksheetCells } from '../../../src/xlsx/read/readWorksheetCells';
import { utf8 } from '../../../src/xlsx/utf8';
import { referenceSharedStrings, referenceWorksheetCells } from './referenceReader';

/** Runs a reader's generator to its end, counting the bytes it says it scanned. */
function run<T>(steps: Generator<number, T, void>): { result: T; scanned: number } {
  let scanned = 0;
  for (;;) {
    const step = steps.next();
    if (step.done === true) return { result: step.value, scanned };
    scanned += step.value;
  }
}

function outcome<T>(read: () => T): { value: T } | { error: string } {
  try {
    return { value: read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** The reference's rows with the block they span, as readWorksheetCells gives them. */
function spanOf(rows: Map<number, CellValue[]>) {
  const span = { rows, top: Infinity, bottom: 0, left: Infinity, right: 0 };
  for (const [r, row] of rows)
    row.forEach((_v, c) => {
      [span.top, span.bottom] = [Math.min(span.top, r), Math.max(span.bottom, r)];
      [span.left, span.right] = [Math.min(span.left, c), Math.max(span.right, c)];
    });
  return span;
}

const SHARED = ['first', 'rich run', 'a\rb', '', '😀 & <x>', 'last'];

/** What the value text of a cell may be: Excel's forms and the oddities the format allows. */
const valueText = fc.constantFrom(
  ...[
    '0',
    '1',
    '-0',
    '007',
    '1.5',
    '-2.25',
    '.5',
    '1.',
    '1e3',
    '1.0000000000000001E-3',
    '0.30000000000000004',
  ],
  ...[
    '123456789012345',
    '1234567890123456',
    '99999999999999999999',
    ' 7 ',
    '',
    '  ',
    'abc',
    '5',
    '99',
    '1.0',
  ],
  ...[
    'a &amp; b',
    '&#65;&lt;',
    '1<!-- x -->2',
    '<![CDATA[4<]]>',
    '3<![CDATA[&amp;]]>',
    'true',
    'TRUE',
    '#N/A',
  ],
  ...[
    '2023-02-06T12:00:00',
    '2023-02-06',
    'x_x000D_y',
    '_x005F_x0041_',
    'é😀',
    '-',
    '--1',
    '1.2.3',
    '12345.678901',
  ],
);

const reference = fc.constantFrom(
  ...[
    'A1',
    'B3',
    'c7',
    '$D$2',
    ' E5 ',
    'XFD1048576',
    'XFE1',
    'A0',
    'A12345678',
    'ZZZZ1',
    '1A',
    'AA10',
    'A&#49;',
  ],
);

const textRuns = fc.array(
  fc.constantFrom(
    '<t>in</t>',
    '<r><t xml:space="preserve">rich </t></r>',
    '<rPh><t>no</t></rPh>',
    '<t>a&amp;b_x000D_</t>',
  ),
  { maxLength: 3 },
);

const cell = fc
  .record({
    prefix: fc.constantFrom('', 'x:'),
    r: fc.option(reference, { nil: undefined }),
    t: fc.option(fc.constantFrom('s', 'n', 'b', 'e', 'str', 'inlineStr', 'd', 'zz', ''), { nil: undefined }),
    quote: fc.constantFrom('"', "'"),
    extra: fc.constantFrom('', ' s="3"', ' x:foo="a>b"', ' xmlns:r="urn:r"', ' r:x="1"'),
    v: fc.option(valueText, { nil: undefined }),
    inline: fc.option(textRuns, { nil: undefined }),
    formula: fc.boolean(),
    empty: fc.boolean(),
  })
  .map(({ prefix: p, r, t, quote: q, extra, v, inline, formula, empty }) => {
    const attributes = `${r === undefined ? '' : ` r=${q}${r}${q}`}${t === undefined ? '' : ` t=${q}${t}${q}`}${extra}`;
    if (empty) return `<${p}c${attributes}/>`;
    const f = formula ? `<${p}f>A1&gt;2</${p}f>` : '';
    const value = v === undefined ? '' : v === '' ? `<${p}v/>` : `<${p}v>${v}</${p}v>`;
    const is = inline === undefined ? '' : `<${p}is>${inline.join('')}</${p}is>`;
    return `<${p}c${attributes}>${f}${value}${is}</${p}c>`;
  });

const row = fc
  .record({
    r: fc.option(fc.constantFrom('1', '2', '5', '0', '-1', 'x', ' 3 ', '2.5', '1048576'), { nil: undefined }),
    cells: fc.array(cell, { maxLength: 6 }),
    gap: fc.constantFrom('', '\n  ', '<!-- note -->'),
  })
  .map(
    ({ r, cells, gap }) => `<row${r === undefined ? '' : ` r="${r}"`} spans="1:3">${cells.join(gap)}</row>`,
  );

const worksheet = fc
  .array(row, { maxLength: 6 })
  .map(
    (rows) =>
      `<?xml version="1.0"?><worksheet xmlns="m"><sheetData>${rows.join('\n')}</sheetData></worksheet>`,
  );

describe('readWorksheetCells (reads bytes)', () => {
  it('gives every cell the string reader gave, however the XML is sliced', () => {
    fc.assert(
      fc.property(worksheet, fc.integer({ min: 1, max: 64 }), (xml, slice) => {
        const bytes = utf8(xml);
        const read = outcome(() => run(readWorksheetCells(bytes, SHARED, 'Audit', 'p', slice)).result);
        const expected = outcome(() => referenceWorksheetCells(xml, SHARED, 'Audit', 'p'));
        expect(read).toEqual('value' in expected ? { value: spanOf(expected.value) } : expected);
      }),
      { numRuns: 600 },
    );
  });

  it('says how many bytes it scanned, all of them', () => {
    const bytes = utf8('<sheetData><row><c><v>1</v></c></row></sheetData>'.repeat(20));
    expect(run(readWorksheetCells(bytes, [], 'A', 'p', 16)).scanned).toBe(bytes.length);
  });

  it('reads a date-formatted cell as its serial number, as Range.values does', () => {
    const xml =
      '<sheetData><row r="3"><c r="D3" s="1"><v>45292.375</v></c><c r="E3" s="2" t="n"><v>45292</v></c></row></sheetData>';
    expect(run(readWorksheetCells(utf8(xml), [], 'A', 'p')).result).toEqual({
      rows: new Map([[3, Object.assign([], { 4: 45292.375, 5: 45292 })]]),
      ...{ top: 3, bottom: 3, left: 4, right: 5 },
    });
  });

  it('names the sheet and cell when a shared string is missing, even on the quick path', () => {
    const xml = '<row r="4"><c r="C4" t="s"><v>6</v></c></row>';
    expect(() => run(readWorksheetCells(utf8(xml), SHARED, 'Cases', 'p'))).toThrow(
      /Cell Cases!C4 points at shared string 6, which the file does not have/,
    );
  });
});

const sharedItem = fc
  .array(
    fc.constantFrom(
      '<t>plain</t>',
      '<t xml:space="preserve"> lead </t>',
      '<r><rPr><b/></rPr><t>bold</t></r>',
      '<rPh sb="0" eb="1"><t>ふりがな</t></rPh>',
      '<t>a&amp;b&#x1F600;</t>',
      '<t><![CDATA[<raw>&amp;]]></t>',
      '<t>_x000D__x005F_x0041_</t>',
      '<t/>',
      '<phoneticPr fontId="1"/>',
      '<!-- c -->',
    ),
    { maxLength: 4 },
  )
  .map((parts) => `<si>${parts.join('')}</si>`);

describe('readSharedStrings (reads bytes)', () => {
  it('gives every string the string reader gave, however the XML is sliced', () => {
    fc.assert(
      fc.property(fc.array(sharedItem, { maxLength: 8 }), fc.integer({ min: 1, max: 64 }), (items, slice) => {
        const xml = `<sst xmlns="m" count="${items.length}">${items.join('')}</sst>`;
        expect(run(readSharedStrings(utf8(xml), 'p', slice)).result).toEqual(
          referenceSharedStrings(xml, 'p'),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('reads no part as no strings', () => {
    expect(run(readSharedStrings(null, 'p')).result).toEqual([]);
  });
});

import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import { readXlsxSheets, XlsxReadError } from '../../../src/xlsx/read/readXlsxSheets';
import { writeXlsx } from '../../../src/xlsx/writeXlsx';
import { sampleReport } from '../sampleReport';

async function exceljsBytes(build: (workbook: ExcelJS.Workbook) => void) {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const sheet = (sheets: ReturnType<typeof readXlsxSheets>, name: string) => {
  const found = sheets.find((s) => s.name === name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
};

describe('reading an .xlsx written by exceljs', () => {
  const build = (workbook: ExcelJS.Workbook) => {
    const first = workbook.addWorksheet('Cases & notes');
    first.getCell('B2').value = 'Case ID';
    first.getCell('C2').value = 42;
    first.getCell('D2').value = true;
    first.getCell('E2').value = { error: '#REF!' };
    first.getCell('B4').value = { richText: [{ text: 'Seen ' }, { text: 'at home', font: { bold: true } }] };
    first.getCell('C4').value = { formula: 'C2*2', result: 84 };
    first.getCell('D4').value = { formula: 'B2&"!"', result: 'Case ID!' };
    first.getCell('E4').value = '<tag> & "quotes" 😀';
    workbook.addWorksheet('Empty');
    workbook.addWorksheet('Second').getCell('A1').value = 0.5;
  };

  // exceljs 4.4 writes shared strings even when asked not to; inline strings are covered by hand below.
  it('gives every value as Range.values would', async () => {
    const sheets = readXlsxSheets(await exceljsBytes(build));
    expect(sheets.map((s) => s.name)).toEqual(['Cases & notes', 'Empty', 'Second']);
    expect(sheet(sheets, 'Cases & notes')).toEqual({
      name: 'Cases & notes',
      firstRow: 2,
      firstColumn: 2,
      rows: [
        ['Case ID', 42, true, '#REF!'],
        ['', '', '', ''],
        ['Seen at home', 84, 'Case ID!', '<tag> & "quotes" 😀'],
      ],
    });
    expect(sheet(sheets, 'Empty').rows).toEqual([]);
    expect(sheet(sheets, 'Second')).toMatchObject({ rows: [[0.5]], firstRow: 1, firstColumn: 1 });
  });

  it('gives a date as its serial number, as Excel does', async () => {
    const sheets = readXlsxSheets(
      await exceljsBytes(
        (w) => (w.addWorksheet('D').getCell('A1').value = new Date(Date.UTC(2023, 1, 6, 12))),
      ),
    );
    expect(sheets[0]!.rows[0]![0]).toBeCloseTo(44963.5, 6);
  });
});

describe('reading an .xlsx written by our own writer', () => {
  it('finds the sheets and the values that were laid out', () => {
    const report = sampleReport();
    const sheets = readXlsxSheets(writeXlsx(report));
    expect(sheets.map((s) => s.name)).toEqual(report.map((s) => s.name));
    const findings = sheet(sheets, 'Findings & more');
    const at = (address: [number, number]) => findings.rows[address[0] - 1]![address[1] - 1];
    expect([at([1, 1]), at([3, 2]), at([4, 2]), at([3, 4])]).toEqual(['Re-referrals <audit>', 21, 'c', 0.68]);
  });
});

/** A package written by hand, for what neither writer produces. */
function handMade(sheetXml: string, shared = '<sst/>'): Uint8Array {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;
  return zipSync({
    '_rels/.rels': strToU8(
      `<Relationships>${rel('r1', 'officeDocument', '/xl/workbook.xml')}</Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      '\uFEFF<x:workbook xmlns:x="m" xmlns:r="r"><x:sheets><x:sheet name="Chart" r:id="c"/><x:sheet name="Audit" sheetId="1" r:id="s"/></x:sheets></x:workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${rel('s', 'worksheet', 'worksheets/../worksheets/a.xml')}${rel('c', 'chartsheet', 'chartsheets/c.xml')}${rel('t', 'sharedStrings', 'strings.xml')}</Relationships>`,
    ),
    'xl/strings.xml': strToU8(shared),
    'xl/worksheets/a.xml': strToU8(sheetXml),
  });
}

describe('reading what the format allows but our writers do not produce', () => {
  it('follows rows and cells without r, prefixes, phonetic runs, Excel escapes, ISO dates and errors', () => {
    const shared =
      '<sst><si><t>first</t></si><si><r><t xml:space="preserve">rich </t></r><r><t>run</t></r><rPh><t>ふりがな</t></rPh></si><si><t>a_x000D_b</t></si></sst>';
    const xml = `<x:worksheet xmlns:x="m"><x:sheetData>
      <x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c></x:row>
      <x:row r="3"><x:c r="C3" t="s"><x:v>2</x:v></x:c><x:c t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>
      <x:row><x:c t="d"><x:v>2023-02-06T12:00:00</x:v></x:c><x:c t="inlineStr"><x:is><x:t>in</x:t><x:rPh><x:t>no</x:t></x:rPh></x:is></x:c><x:c t="b"><x:v>0</x:v></x:c><x:c/></x:row>
    </x:sheetData></x:worksheet>`;
    const [audit, ...rest] = readXlsxSheets(handMade(xml, shared));
    expect(rest).toEqual([]);
    expect(audit).toEqual({
      name: 'Audit',
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ['first', 'rich run', '', ''],
        ['', '', '', ''],
        ['', '', 'a\rb', '#DIV/0!'],
        [44963.5, 'in', false, ''],
      ],
    });
  });

  it('says a cell points at a shared string the file does not have', () => {
    expect(() =>
      readXlsxSheets(
        handMade(
          '<worksheet><sheetData><row r="2"><c r="B2" t="s"><v>7</v></c></row></sheetData></worksheet>',
        ),
      ),
    ).toThrow(/Audit!B2 points at shared string 7/);
  });
});

describe('refusing a file that is not a readable .xlsx, saying what to do', () => {
  const read = (bytes: Uint8Array) => () => readXlsxSheets(bytes, 'partner.xlsx');

  it('is password-protected (an OLE file, not a zip)', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(read(ole)).toThrow(XlsxReadError);
    expect(read(ole)).toThrow(/^partner\.xlsx is password-protected .*remove the password/);
  });

  it('is not a zip at all, is cut short, or is another Office file', async () => {
    expect(read(strToU8('Case ID,Auditor\nK-001,Sam\n'))).toThrow(
      /^partner\.xlsx is not an Excel workbook \(\.xlsx\)/,
    );
    const whole = await exceljsBytes((w) => (w.addWorksheet('A').getCell('A1').value = 'x'.repeat(5000)));
    expect(read(whole.subarray(0, whole.length - 200))).toThrow(
      /^partner\.xlsx is damaged or was not copied whole/,
    );
    const docx = zipSync({ 'word/document.xml': strToU8('<document/>') });
    expect(read(docx)).toThrow(/^partner\.xlsx is not an Excel workbook \(it may be a Word/);
  });
});

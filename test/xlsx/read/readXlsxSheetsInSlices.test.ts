import { strToU8, zipSync, type Zippable } from 'fflate';
import { readXlsxSheets } from '../../../src/xlsx/read/readXlsxSheets';
import { readXlsxSheetsInSlices } from '../../../src/xlsx/read/readXlsxSheetsInSlices';

const rel = (id: string, type: string, target: string) =>
  `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/>`;

/** A workbook of two sheets, the first `rows` rows long (3 MB of XML at 40,000), zipped at `level`. */
function workbook(rows: number, level: 0 | 6 = 6): Uint8Array {
  const body = Array.from(
    { length: rows },
    (_, i) =>
      `<row r="${i + 2}"><c r="B${i + 2}" t="s"><v>${i % 2}</v></c><c r="C${i + 2}"><v>${i / 4}</v></c></row>`,
  ).join('');
  const files: Zippable = {
    '_rels/.rels': strToU8(
      `<Relationships>${rel('r1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      '<workbook xmlns:r="r"><sheets><sheet name="Audit" r:id="a"/><sheet name="Notes" r:id="b"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${rel('a', 'worksheet', 'worksheets/a.xml')}${rel('b', 'worksheet', 'worksheets/b.xml')}${rel('s', 'sharedStrings', 'sharedStrings.xml')}</Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8('<sst><si><t>Yes</t></si><si><t>No</t></si></sst>'),
    'xl/worksheets/a.xml': strToU8(`<worksheet><sheetData>${body}</sheetData></worksheet>`),
    'xl/worksheets/b.xml': strToU8(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>',
    ),
    'xl/media/image1.png': new Uint8Array([1, 2, 3]),
  };
  return zipSync(files, { level });
}

describe('readXlsxSheetsInSlices', () => {
  const bytes = workbook(40_000);

  it('gives what readXlsxSheets gives, pausing between slices with the share done rising to 1', async () => {
    const shares: number[] = [];
    const sheets = await readXlsxSheetsInSlices(bytes, 'big.xlsx', (done) => shares.push(done), 0);
    expect(sheets).toEqual(readXlsxSheets(bytes, 'big.xlsx'));
    expect(sheets[0]!.rows[39_999]).toEqual(['No', 39_999 / 4]);
    expect(sheets[0]).toMatchObject({ name: 'Audit', firstRow: 2, firstColumn: 2 });
    expect(sheets[1]).toEqual({ name: 'Notes', rows: [[7]], firstRow: 1, firstColumn: 1 });
    // 3 MB of XML in 1 MB slices, and the zip inflated in slices before that.
    expect(shares.length).toBeGreaterThan(5);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares[shares.length - 1]).toBeCloseTo(1, 6);
    expect(shares.every((share) => share >= 0 && share <= 1)).toBe(true);
  });

  it('lets other work run while it reads', async () => {
    let ranDuringRead = false;
    let reading = true;
    const tick = () => {
      if (reading) ranDuringRead = true;
    };
    setTimeout(tick, 0);
    await readXlsxSheetsInSlices(bytes, 'big.xlsx', undefined, 0);
    reading = false;
    expect(ranDuringRead).toBe(true);
  });

  it('words a damaged large part as readXlsxSheets does, the platform inflater having refused it', async () => {
    const damaged = bytes.slice();
    damaged.fill(0xff, 20_000, 20_400);
    await expect(readXlsxSheetsInSlices(damaged, 'partner.xlsx')).rejects.toThrow(
      /^partner\.xlsx is damaged or was not copied whole/,
    );
  });

  it('reads a zip whose parts are stored, not deflated, alike', () => {
    expect(readXlsxSheets(workbook(50, 0))).toEqual(readXlsxSheets(workbook(50)));
  });

  it('reads a zip with a comment after its directory', () => {
    const plain = workbook(50);
    const comment = strToU8('written by a partner tool');
    const withComment = new Uint8Array(plain.length + comment.length);
    withComment.set(plain);
    withComment.set(comment, plain.length);
    // The end record's last field is the comment's length.
    withComment[plain.length - 2] = comment.length;
    expect(readXlsxSheets(withComment)).toEqual(readXlsxSheets(plain));
  });

  it('calls a part whose compressed data is damaged damaged, saying what to do', () => {
    const damaged = workbook(2_000);
    for (let k = 2_000; k < 2_400; k++) damaged[k] = 0xff;
    expect(() => readXlsxSheets(damaged, 'partner.xlsx')).toThrow(
      /^partner\.xlsx is damaged or was not copied whole.*save it again/,
    );
  });
});

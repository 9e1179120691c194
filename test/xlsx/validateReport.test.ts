import type { ReportSheet } from '../../src/core/report/ReportSheet';
import { writeXlsx } from '../../src/xlsx/writeXlsx';
import { XlsxError } from '../../src/xlsx/XlsxError';
import { chart, sampleReport } from './sampleReport';

type Edit = (sheets: ReportSheet[]) => ReportSheet[];
const findings =
  (edit: (s: ReportSheet) => Partial<ReportSheet>): Edit =>
  (sheets) => [sheets[0]!, { ...sheets[1]!, ...edit(sheets[1]!) }];

function failure(edit: Edit): XlsxError {
  try {
    writeXlsx(edit(sampleReport()));
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('writeXlsx accepted the report');
}

describe('writeXlsx refuses what Excel would repair, naming the sheet and cell', () => {
  it.each([
    ['a sheet name over 31 characters', 'x'.repeat(32), /at most 31/],
    ['a sheet name with a slash', 'Findings/2024', /cannot contain/],
    ['a blank sheet name', '  ', /blank/],
    ['a quote at the end', "Findings'", /start or end/],
    ['History', 'history', /reserved/],
    ['a name the first sheet has, in other case', 'ABOUT THIS COPY', /already has this name/],
  ])('%s', (_, name, message) => {
    const e = failure(findings(() => ({ name, links: [] })));
    expect(e.message).toMatch(message);
    expect(e.sheet).toBe(name);
  });

  it('accepts a name of exactly 31 characters', () => {
    const name = 'y'.repeat(31);
    expect(() => writeXlsx([{ ...sampleReport()[1]!, name }])).not.toThrow();
  });

  it('table names unique in the workbook, ignoring case', () => {
    const e = failure((s) => [
      { ...s[0]!, cells: [['Head'], ['x']], tables: [{ name: 'indicators', range: 'A1:A2' }] },
      s[1]!,
    ]);
    expect(e.message).toMatch(/two tables are called 'Indicators'/);
  });

  it.each(['A1', '1st', 'has space', 'R1C1', 'c'])('a table name like %j', (name) => {
    const e = failure(findings((s) => ({ tables: [{ ...s.tables[0]!, name }] })));
    expect(e.message).toMatch(/cannot be a table name/);
  });

  it('a blank or repeated table heading, naming its cell', () => {
    const blank = failure(
      findings((s) => ({ cells: [s.cells[0]!, ['Indicator', null, 'of N', '%'], ...s.cells.slice(2)] })),
    );
    expect([blank.sheet, blank.cell]).toEqual(['Findings & more', 'B2']);
    const twice = failure(
      findings((s) => ({ cells: [s.cells[0]!, ['Indicator', 'N', 'n', '%'], ...s.cells.slice(2)] })),
    );
    expect(twice.cell).toBe('C2');
    expect(twice.message).toMatch(/twice/);
  });

  it('a table without rows, or overlapping another', () => {
    expect(failure(findings((s) => ({ tables: [{ ...s.tables[0]!, range: 'A2:D2' }] }))).message).toMatch(
      /no rows/,
    );
    const overlap = failure(findings((s) => ({ tables: [...s.tables, { name: 'Other', range: 'C3:E5' }] })));
    expect(overlap.message).toMatch(/overlaps/);
  });

  it('numbers Excel cannot store and text too long for a cell', () => {
    const nan = failure(findings((s) => ({ cells: [...s.cells.slice(0, 2), ['x', NaN]] })));
    expect(nan.cell).toBe('B3');
    const long = failure(findings(() => ({ cells: [['t'.repeat(32_768)]], tables: [], charts: [] })));
    expect(long.cell).toBe('A1');
  });

  it('charts whose values and categories differ in length, or are not a row or column', () => {
    const short = failure(findings(() => ({ charts: [chart('Bad', 'bar', 'A7:A9', 'B7:B8', 'F2', 'M15')] })));
    expect(short.message).toMatch(/chart Bad/);
    const block = failure(
      findings(() => ({ charts: [chart('Block', 'pie', 'A7:A9', 'B7:C9', 'F2', 'M15')] })),
    );
    expect(block.message).toMatch(/one row or column/);
    const upside = failure(findings(() => ({ charts: [chart('Up', 'pie', 'A7:A9', 'B7:B9', 'M15', 'F2')] })));
    expect(upside.message).toMatch(/top-left/);
  });

  it('links to sheets that are not in the workbook, and ranges that are not ranges', () => {
    const away = failure((s) => [{ ...s[0]!, links: [{ cell: 'A4', target: "'Audit'!H12" }] }, s[1]!]);
    expect([away.sheet, away.cell]).toEqual(['About this copy', 'A4']);
    const style = failure(findings((s) => ({ styles: [...s.styles, { range: 'A0', style: 'note' }] })));
    expect(style.message).toMatch(/'A0' is not a range/);
  });

  it('an empty workbook', () => {
    expect(() => writeXlsx([])).toThrow(XlsxError);
  });
});

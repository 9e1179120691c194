import { readCaseList } from '../../../src/core/sampling/readCaseList';
import { sheetOf } from './caseListFixture';

describe('readCaseList', () => {
  it('reads the header from the first non-empty row and keeps other columns as text', () => {
    const list = readCaseList({
      name: 'Case list',
      firstRow: 3,
      firstColumn: 2,
      rows: [
        [null, ''],
        ['case_id', 'Case type', 'Received'],
        [101, 'Contact', 45292],
        [' C-2 ', 'Re-referral', true],
      ],
    });
    expect(list.issues).toEqual([]);
    expect(list.columns).toEqual(['case_id', 'Case type', 'Received']);
    expect(list.cases.map((c) => [c.id, c.row, c.cell])).toEqual([
      ['101', 5, 'B5'],
      ['C-2', 6, 'B6'],
    ]);
    expect(list.cases[0]!.values.get('Received')).toBe('45292');
    expect(list.cases[1]!.values.get('Received')).toBe('TRUE');
    expect(list.cases[1]!.cells.get('Case type')).toBe('C6');
  });

  it.each(['Case ID', 'case id', 'CASE_ID', 'CaseID', 'caseid'])(
    'finds the Case ID column headed %s',
    (h) => {
      const list = readCaseList(
        sheetOf([
          ['Team', h],
          ['A', 'X1'],
        ]),
      );
      expect(list.cases.map((c) => c.id)).toEqual(['X1']);
    },
  );

  it('needs a Case ID column and says which row is the header', () => {
    const list = readCaseList(sheetOf([[], ['Reference', 'Type'], ['X1', 'Contact']]));
    expect(list.cases).toEqual([]);
    expect(list.issues.map((i) => [i.sheet, i.cell])).toEqual([['Case list', 'A2']]);
    expect(list.issues[0]!.message).toMatch(/row 2.*no Case ID column/);
  });

  it('says an empty sheet is empty', () => {
    expect(readCaseList(sheetOf([[null], []])).issues[0]!.message).toMatch(/empty: paste/);
  });

  it('skips blank rows and lists rows without a Case ID with their cell', () => {
    const list = readCaseList(
      sheetOf([
        ['Case ID', 'Type'],
        ['A1', 'x'],
        [null, null],
        ['', 'y'],
        ['A2', ''],
      ]),
    );
    expect(list.cases.map((c) => c.id)).toEqual(['A1', 'A2']);
    expect(list.issues).toEqual([
      { sheet: 'Case list', cell: 'A4', message: 'Row 4 has no Case ID: fill in A4 or delete the row.' },
    ]);
  });

  it('lists every occurrence of a repeated Case ID, ignoring case and spaces, and keeps the rows', () => {
    const list = readCaseList(sheetOf([['Case ID'], ['ab1'], ['X'], ['AB1 '], ['ab1']]));
    expect(list.cases).toHaveLength(4);
    expect(list.issues.map((i) => i.cell)).toEqual(['A2', 'A4', 'A5']);
    for (const issue of list.issues) expect(issue.message).toContain('appears 3 times (A2, A4, A5)');
  });

  it('reports a repeated header and reads only the first', () => {
    const list = readCaseList(
      sheetOf([
        ['Case ID', 'Team', 'team'],
        ['X', 'a', 'b'],
      ]),
    );
    expect(list.columns).toEqual(['Case ID', 'Team']);
    expect(list.issues.map((i) => i.cell)).toEqual(['C1']);
    expect(list.issues[0]!.message).toContain('B1 and C1');
    expect(list.cases[0]!.values.get('Team')).toBe('a');
  });
});

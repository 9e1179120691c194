import { boardCopyFileName } from '../../../src/excel/board/boardCopyFileName';
import { boardSummary } from '../../../src/excel/board/boardSummary';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';

const day = new Date(2023, 1, 6, 23, 59);

describe('boardCopyFileName', () => {
  it('names the audit and the local day', () => {
    expect(boardCopyFileName('Contacts and re-referrals audit', day)).toBe(
      'Contacts and re-referrals audit - board copy 2023-02-06.xlsx',
    );
  });

  it('takes out what file systems refuse, and falls back when nothing is left', () => {
    expect(boardCopyFileName('Q1/Q2: "front door" audit?.', day)).toBe(
      'Q1 Q2 front door audit - board copy 2023-02-06.xlsx',
    );
    expect(boardCopyFileName(' ** ', day)).toBe('Case audit - board copy 2023-02-06.xlsx');
    expect(boardCopyFileName('x'.repeat(300), day).length).toBeLessThan(120);
  });
});

describe('boardSummary', () => {
  const sheet = (
    name: string,
    cells: ReportSheet['cells'],
    styles: ReportSheet['styles'] = [],
  ): ReportSheet => ({
    name,
    cells,
    styles,
    tables: [],
    charts: [],
    links: [],
    columnWidths: [],
    freezeRows: 0,
  });

  it("gives the first sheet's sentences without title or headings, then how many figures were hidden", () => {
    const about = sheet(
      'About',
      [['About'], ['Made for the board.'], [], ['Removed'], ['No case rows.']],
      [
        { range: 'A1', style: 'title' },
        { range: 'A4', style: 'heading' },
      ],
    );
    const findings = sheet('Findings', [['n'], ['c'], [3], ['c']]);
    expect(boardSummary([about, findings])).toEqual([
      'Made for the board.',
      'No case rows.',
      '2 figures are shown as c in this copy.',
    ]);
    expect(boardSummary([about, sheet('F', [[1]])]).at(-1)).toBe('No figure needed to be shown as c.');
  });
});

import { loadTemplate } from '../../../src/core/template/loadTemplate';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import type { CellValue } from '../../../src/core/sheets/SheetData';
import { findIdentifying } from '../../../src/excel/board/findIdentifying';
import { IdentifyingTexts } from '../../../src/excel/board/IdentifyingTexts';

const { questionSet } = loadTemplate();
const header = [
  'Case ID',
  'Auditor',
  'Status',
  'Last saved',
  'Saved by',
  'Version',
  'case_type',
  'source',
  'auditor_comments',
  'old_notes',
];

function sheet(cells: CellValue[][], extra: Partial<ReportSheet> = {}): ReportSheet {
  return {
    name: 'Findings',
    cells,
    styles: [],
    tables: [],
    charts: [],
    links: [],
    columnWidths: [],
    freezeRows: 0,
    ...extra,
  };
}

function seen(...rows: CellValue[][]): IdentifyingTexts {
  const texts = new IdentifyingTexts(header, questionSet);
  for (const row of rows) texts.addRow(row);
  return texts;
}

const row: CellValue[] = [
  'AB-20931',
  'Priya Sharma',
  'Complete',
  45000,
  'Jo Bloggs',
  3,
  'Re-referral',
  'Police',
  'Mother reported bruising',
  'Was seen at clinic',
];
const baseline = [sheet([['Findings'], ['Police', 12], ['Re-referral', 30], ['missing 0']])];

describe('IdentifyingTexts', () => {
  it('collects Case IDs, auditor and saver names, free text and retired columns, not choices or bookkeeping', () => {
    expect([...seen(row).texts]).toEqual([
      ['ab-20931', 'case identifier'],
      ['priya sharma', 'name'],
      ['jo bloggs', 'name'],
      ['mother reported bruising', 'free text'],
      ['was seen at clinic', 'free text'],
    ]);
  });

  it('keeps a name typed into a choice column, and a numeric Case ID', () => {
    const texts = seen([123456, '', '', null, '', null, 'Re-referral', 'Sam Child', null, null]).texts;
    expect(texts.get('123456')).toBe('case identifier');
    expect(texts.get('sam child')).toBe('free text');
  });
});

describe('findIdentifying', () => {
  it('finds a Case ID in a cell, naming the sheet and cell', () => {
    const report = [sheet([['Findings'], ['Issue for AB-20931 at H12']])];
    expect(findIdentifying(report, seen(row), baseline)).toEqual({
      at: { sheet: 'Findings', where: 'A2', text: 'Issue for AB-20931 at H12' },
      kind: 'case identifier',
    });
  });

  it('finds names and free text in chart wording and table names, ignoring case and spacing', () => {
    const chart = {
      name: 'C',
      kind: 'pie',
      title: 'T',
      categories: 'A1',
      values: 'B1',
      seriesName: 'S',
      categoryAxisTitle: 'x',
      valueAxisTitle: 'y',
      altText: 'Raised by PRIYA  sharma',
      from: 'D1',
      to: 'H9',
    } as const;
    expect(findIdentifying([sheet([['x']], { charts: [chart] })], seen(row), baseline)?.kind).toBe('name');
    const found = findIdentifying([sheet([['Quote: mother reported bruising.']])], seen(row), baseline);
    expect(found).toMatchObject({ kind: 'free text', at: { where: 'A1' } });
  });

  it('passes a report holding only labels, counts and the layout words', () => {
    const answersLikeLabels = seen([
      'AB-20931',
      'Priya Sharma',
      '',
      null,
      '',
      null,
      'Re-referral',
      'Police',
      'missing 0',
      'Police',
    ]);
    const report = [
      sheet([['Findings'], ['Police', 12], ['Re-referral', 30], ['missing 0'], ['12 (18%) of 66 cases']]),
    ];
    expect(findIdentifying(report, answersLikeLabels, baseline)).toBeNull();
  });

  it('matches whole words only, and leaves short texts and small numbers alone', () => {
    const texts = seen(['C1', '', '', null, '', null, null, null, 'Bob', '66']);
    expect(
      findIdentifying([sheet([['C1 cases'], ['Bob'], ['12 (18%) of 66 cases']])], texts, baseline),
    ).toBeNull();
    const long = seen(['AB-20931', '', '', null, '', null, null, null, null, null]);
    expect(findIdentifying([sheet([['XAB-209310 is another']])], long, baseline)).toBeNull();
  });
});

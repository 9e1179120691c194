import type { MergeLog, MergeLogChange } from '../../../src/core/report/MergeLog';
import { mergeLogName, mergeLogSheet, mergeLogTables } from '../../../src/core/report/mergeLogSheet';

const log = (over: Partial<MergeLog> = {}): MergeLog => ({
  madeAt: '2023-03-01 09:30',
  made: { by: 'pane', lead: '' },
  form: { title: 'Contacts audit', version: '2023-03' },
  base: 'this workbook',
  sources: [
    { file: 'This workbook', role: 'base', rows: 5, added: 0, filled: 0, conflicts: 0 },
    { file: 'north.xlsx', role: 'merged', rows: 4, added: 2, filled: 1, conflicts: 0 },
  ],
  conflicts: [],
  ...over,
});

/** A conflict on police_clear kept from this workbook's `cell` ('' when not known). */
const conflictAt = (caseId: string, cell: string, label: string, otherCell: string, notFound?: boolean) => ({
  caseId,
  question: 'police_clear',
  label,
  kept: { answer: 'Yes', file: 'This workbook', cell },
  other: { answer: 'No', file: 'north.xlsx', cell: otherCell },
  cell,
  ...(notFound === undefined ? {} : { notFound }),
});

describe('mergeLogSheet', () => {
  it('says an import from the pane changed this workbook and not the file read, naming no one when no lead is known', () => {
    const sheet = mergeLogSheet(log(), 'Merge log');
    expect(sheet.cells[1]![0]).toBe(
      'Made 2023-03-01 09:30 with Import another workbook (Planning tab): the Audit rows of north.xlsx were merged into this workbook (Contacts audit, version 2023-03). New cases were added and blank answers filled in; no answer was overwritten. Nothing in north.xlsx was changed.',
    );
    expect(mergeLogSheet(log({ made: { by: 'pane', lead: 'Lee' } }), 'Merge log').cells[1]![0]).toMatch(
      /^Made 2023-03-01 09:30 by Lee with Import another workbook/,
    );
  });

  it('says so when nothing conflicts, with no conflicts table and no links', () => {
    const sheet = mergeLogSheet(log(), 'Merge log 3');
    expect(sheet.cells.slice(-2)).toEqual([
      ['Conflicts (0)'],
      ['None: no case was answered differently in two workbooks.'],
    ]);
    expect(sheet.tables).toEqual([{ name: 'Merge_workbooks_3', range: 'A5:G7' }]);
    expect(sheet.links).toEqual([]);
  });

  it("names each conflict's question by label and by name, and links only the cells here that are known", () => {
    const conflict = (caseId: string, cell: string) =>
      conflictAt(caseId, cell, 'Was the contact from the Police clearly recorded?', '');
    const sheet = mergeLogSheet(
      log({ conflicts: [conflict('A', 'Audit!F3'), conflict('B', '')] }),
      'Merge log',
    );
    const asked = 'Was the contact from the Police clearly recorded?';
    expect(sheet.cells.slice(-3)).toEqual([
      [
        'Case ID',
        'Question',
        'Question name',
        'Kept answer',
        'Kept from',
        'Other answer',
        'Other from',
        'Cell here',
        'Resolution',
      ],
      ['A', asked, 'police_clear', 'Yes', 'This workbook Audit!F3', 'No', 'north.xlsx', 'Audit!F3', ''],
      ['B', asked, 'police_clear', 'Yes', 'This workbook', 'No', 'north.xlsx', '', ''],
    ]);
    expect(sheet.links).toEqual([{ cell: 'H12', target: 'Audit!F3' }]);
    expect(sheet.tables[1]).toEqual({ name: 'Merge_conflicts', range: 'A11:I13' });
    expect(sheet.columnWidths).toHaveLength(9);
  });
});

describe('mergeLogSheet, after an import read back what co-authors changed', () => {
  const conflict = (caseId: string, cell: string, notFound?: boolean) =>
    conflictAt(caseId, cell, 'Police clear?', 'Audit!F9', notFound);

  it('says Not found, with no link, for a conflict whose case had gone', () => {
    const sheet = mergeLogSheet(
      log({ conflicts: [conflict('A', 'Audit!F3'), conflict('B', '', true)] }),
      'Merge log',
    );
    expect(sheet.cells[12]).toEqual([
      'B',
      'Police clear?',
      'police_clear',
      'Yes',
      'This workbook',
      'No',
      'north.xlsx Audit!F9',
      'Not found',
      '',
    ]);
    expect(sheet.links).toEqual([{ cell: 'H12', target: 'Audit!F3' }]);
  });

  it('adds the section last, one table row per finding, so nothing written before it moves', () => {
    const changed = [
      { caseId: 'A', cell: "'Audit 2'!A4", message: 'Rows moved while importing case A.' },
      { caseId: 'B', cell: '', message: 'Case B is no longer in the Audit sheet.' },
    ];
    const plain = mergeLogSheet(log({ conflicts: [conflict('A', 'Audit!F3')] }), 'Merge log 2');
    const sheet = mergeLogSheet(log({ conflicts: [conflict('A', 'Audit!F3')], changed }), 'Merge log 2');
    expect(sheet.cells.slice(0, plain.cells.length)).toEqual(plain.cells);
    expect(sheet.cells.slice(plain.cells.length)).toEqual([
      [],
      ['Changed by others while importing (2)'],
      [expect.stringMatching(/^Someone changed the Audit sheet while this import was being written/)],
      ['Case ID', 'What happened', 'Cell here', 'Resolution'],
      ['A', 'Rows moved while importing case A.', "'Audit 2'!A4", ''],
      ['B', 'Case B is no longer in the Audit sheet.', '', ''],
    ]);
    expect(sheet.tables.slice(plain.tables.length)).toEqual([{ name: 'Merge_changed_2', range: 'A16:D18' }]);
    expect(sheet.links.slice(plain.links.length)).toEqual([{ cell: 'C17', target: "'Audit 2'!A4" }]);
    expect(sheet.styles.slice(plain.styles.length)).toEqual([
      { range: 'A14', style: 'heading' },
      { range: 'A15', style: 'note' },
    ]);
    expect(sheet.wrapped).toEqual(['B17:B18']);
    // No section, no trace of it: an empty list is the usual import.
    expect(mergeLogSheet(log({ changed: [] }), 'Merge log')).toEqual(mergeLogSheet(log(), 'Merge log'));
  });

  it('says that rows which moved are counted in the section, not as filled in, and were written over', () => {
    const moved = (caseId: string) => ({ caseId, cell: 'Audit!A4', message: 'Rows moved.', moved: true });
    const gone = { caseId: 'C', cell: '', message: 'Case C is no longer in the Audit sheet.' };
    const note = (changed: readonly MergeLogChange[]) => {
      const { cells } = mergeLogSheet(log({ changed }), 'Merge log');
      return cells[cells.findIndex((r) => String(r[0]).startsWith('Changed by others')) + 1]![0];
    };
    expect(note([moved('A'), gone])).toMatch(
      /Resolution\. Cases filled in \(under Workbooks\) leaves out the case whose imported cells went into another row: it is counted here\.$/,
    );
    expect(note([moved('A'), moved('B'), gone])).toMatch(
      / leaves out the 2 cases whose imported cells went into another row: they are counted here\.$/,
    );
    expect(note([gone])).toMatch(/then note what was done under Resolution\.$/);
    // The intro's promise that nothing was overwritten no longer holds where a row moved.
    const intro = (changed: readonly MergeLogChange[]) =>
      mergeLogSheet(log({ changed }), 'Merge log').cells[1]![0];
    expect(intro([moved('A')])).toContain(
      'no answer was overwritten except where rows moved while the import was written (see Changed by others while importing). Nothing in north.xlsx',
    );
    expect(intro([gone])).toContain('no answer was overwritten. Nothing in north.xlsx');
  });
});

describe('mergeLogName', () => {
  it('takes the first name free of every sheet, ignoring case, and of the tables it would add', () => {
    expect(mergeLogName(['Audit'])).toBe('Merge log');
    expect(mergeLogName(['Audit', 'merge LOG', 'Merge log 2'])).toBe('Merge log 3');
    expect(mergeLogName(['Audit'], ['Audit', 'MERGE_CONFLICTS'])).toBe('Merge log 2');
    expect(mergeLogTables('Merge log 2')).toEqual({
      workbooks: 'Merge_workbooks_2',
      conflicts: 'Merge_conflicts_2',
      changed: 'Merge_changed_2',
    });
    // The section of what co-authors changed is added after the log is written, so its name is kept free too.
    expect(mergeLogName(['Audit'], ['merge_changed'])).toBe('Merge log 2');
  });
});

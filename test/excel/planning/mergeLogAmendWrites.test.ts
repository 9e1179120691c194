import type { MergeLog, MergeLogConflict } from '../../../src/core/report/MergeLog';
import { mergeLogSheet } from '../../../src/core/report/mergeLogSheet';
import type { ReportSheet } from '../../../src/core/report/ReportSheet';
import { SimWorkbook } from '../../../src/excel-sim';
import { mergeLogAmendWrites } from '../../../src/excel/planning/mergeLogAmendWrites';
import { mergeLogWrites } from '../../../src/excel/planning/mergeLogWrites';

jest.setTimeout(60_000);

const conflict = (i: number, row: number): MergeLogConflict => ({
  caseId: `K-${i}`,
  question: 'auditor_comments',
  label: 'Auditor comments',
  kept: { answer: 'Seen at home with both parents', file: 'This workbook', cell: `Audit!H${row}` },
  other: { answer: 'Not seen; the family had moved', file: 'north.xlsx', cell: '' },
  cell: `Audit!H${row}`,
});

const logOf = (conflicts: readonly MergeLogConflict[], changed: MergeLog['changed'] = []): ReportSheet =>
  mergeLogSheet(
    {
      madeAt: '2023-03-01 09:30',
      made: { by: 'pane', lead: 'Lee' },
      form: { title: 'Audit', version: '1' },
      base: 'this workbook',
      sources: [{ file: 'north.xlsx', role: 'merged', rows: 3, added: 0, filled: 0, conflicts: 3 }],
      conflicts,
      changed,
    },
    'Merge log',
  );

/** Writes `before` as an import does, lets `between` act, then amends it to `after`, counting trips. */
async function amend(before: ReportSheet, after: ReportSheet, between: (w: SimWorkbook) => Promise<void>) {
  const workbook = new SimWorkbook();
  const writes = mergeLogWrites(before);
  await workbook.host().run(async (context) => {
    for (const batch of [writes.withImport, ...writes.after]) {
      batch(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as importAuditRows does
      await context.sync();
    }
  });
  await between(workbook);
  workbook.resetStats();
  const batches = mergeLogAmendWrites(before, after);
  await workbook.host().run(async (context) => {
    for (const batch of batches) {
      batch(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as amendImportLog does
      await context.sync();
    }
  });
  return { workbook, batches };
}

describe('mergeLogAmendWrites', () => {
  it('writes nothing when the log laid out again is the same', () => {
    const log = logOf([conflict(0, 3), conflict(1, 4)]);
    expect(mergeLogAmendWrites(log, logOf([conflict(0, 3), conflict(1, 4)]))).toEqual([]);
  });

  it('rewrites only the rows that differ, then adds the section with its table, in one trip', async () => {
    const before = logOf([conflict(0, 3), conflict(1, 4), conflict(2, 5)]);
    const after = logOf(
      [conflict(0, 3), conflict(1, 9), conflict(2, 5)],
      [{ caseId: 'K-1', cell: 'Audit!A9', message: 'Rows moved.' }],
    );
    // A mark in rows the amendment has no reason to touch: it must still be there after.
    const { workbook } = await amend(before, after, (w) =>
      w.setValues('Merge log', 'I11', [['kept'], ['mine'], ['kept']]),
    );
    expect(workbook.stats.syncs).toBe(1);
    expect(workbook.getValues('Merge log', 'E11:I13').map((r) => [r[0], r[3], r[4]])).toEqual([
      ['This workbook Audit!H3', 'Audit!H3', 'kept'],
      ['This workbook Audit!H9', 'Audit!H9', ''],
      ['This workbook Audit!H5', 'Audit!H5', 'kept'],
    ]);
    expect(workbook.getCell('Merge log', 'H12').formula).toBe('=HYPERLINK("#Audit!H9","Audit!H9")');
    expect(workbook.getValues('Merge log', 'A18:C18')).toEqual([['K-1', 'Rows moved.', 'Audit!A9']]);
    const sheet = workbook.snapshot().sheets.find((s) => s.name === 'Merge log')!;
    expect(sheet.tables.map((t) => [t.name, t.range])).toEqual([
      ['Merge_workbooks', 'A5:G6'],
      ['Merge_conflicts', 'A10:I13'],
      ['Merge_changed', 'A17:D18'],
    ]);
    expect(workbook.getCell('Merge log', 'A15').text).toBe('Changed by others while importing (1)');
  });

  it('spreads tens of thousands of moved conflicts over trips each under the request limit', async () => {
    const n = 30_000;
    const before = logOf(Array.from({ length: n }, (_, i) => conflict(i, i + 3)));
    const after = logOf(Array.from({ length: n }, (_, i) => conflict(i, i + 4)));
    const { workbook, batches } = await amend(before, after, () => Promise.resolve());
    expect(batches.length).toBeGreaterThan(1);
    expect(workbook.stats.syncs).toBe(batches.length);
    expect(workbook.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(workbook.getValues('Merge log', `H${10 + n}:H${10 + n}`)).toEqual([[`Audit!H${n + 3}`]]);
  });
});

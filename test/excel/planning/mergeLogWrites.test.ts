import type { MergeLogConflict } from '../../../src/core/report/MergeLog';
import { mergeLogSheet } from '../../../src/core/report/mergeLogSheet';
import { SimWorkbook } from '../../../src/excel-sim';
import { LOG_SHARED_BYTES, mergeLogWrites } from '../../../src/excel/planning/mergeLogWrites';

jest.setTimeout(60_000);

const logOf = (conflicts: number) =>
  mergeLogSheet(
    {
      madeAt: '2023-03-01 09:30',
      made: { by: 'pane', lead: 'Lee' },
      form: { title: 'Audit', version: '1' },
      base: 'this workbook',
      sources: [{ file: 'north.xlsx', role: 'merged', rows: conflicts, added: 0, filled: 0, conflicts }],
      conflicts: Array.from({ length: conflicts }, (_, i): MergeLogConflict => ({
        caseId: `K-${i}`,
        question: 'auditor_comments',
        label: 'Auditor comments',
        kept: {
          answer: 'Seen at home with both parents and the social worker',
          file: 'This workbook',
          cell: '',
        },
        other: { answer: 'Not seen; the family had moved away in the spring', file: 'north.xlsx', cell: '' },
        cell: `Audit!H${i + 3}`,
      })),
    },
    'Merge log',
  );

/** Runs the writes as importAuditRows does: the shared part with a sync, then each later batch. */
async function write(workbook: SimWorkbook, conflicts: number) {
  const writes = mergeLogWrites(logOf(conflicts));
  const shared = await workbook.host().run(async (context) => {
    writes.withImport(context);
    await context.sync();
    const shared = workbook.sheetNames().includes('Merge log');
    for (const batch of writes.after) {
      batch(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- as importAuditRows does
      await context.sync();
    }
    return shared;
  });
  return { ...writes, shared };
}

describe('mergeLogWrites', () => {
  it('puts a usual log in the import’s own trip', async () => {
    const workbook = new SimWorkbook();
    const writes = await write(workbook, 3);
    expect([writes.after.length, writes.shared, workbook.stats.syncs]).toEqual([0, true, 1]);
    expect(workbook.getValues('Merge log', 'A13:A13')).toEqual([['K-2']]);
  });

  it('gives a log past the shared budget trips of its own, each under the request limit', async () => {
    const workbook = new SimWorkbook();
    const conflicts = 12_000;
    const writes = await write(workbook, conflicts);
    expect(writes.after.length).toBeGreaterThan(0);
    // Nothing of it in the import's trip: that request stays the Audit rows'.
    expect(writes.shared).toBe(false);
    expect(workbook.stats.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(workbook.stats.requestBytes).toBeGreaterThan(LOG_SHARED_BYTES);
    expect(workbook.getValues('Merge log', `A${10 + conflicts}:A${10 + conflicts}`)).toEqual([
      [`K-${conflicts - 1}`],
    ]);
  });
});

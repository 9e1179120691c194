import type { ImportResult } from '../../../src/excel/planning/importAuditRows';
import type { PlanningFixture } from './planningFixture';
import { auditOfFive, merged, raceImport, partnerComments } from './raceImport';

// The import writes its rows and its Merge log in one trip; what the read-back found goes into the log in a
// second. Between the two, anyone can delete or rename the log sheet, or Excel can refuse the request. The
// rows stand by then, so the import must still come back as merged, saying the log lags and what to do.
// The simulator's beforeSync plays the co-author: rows moved before the write trip (so there is something
// to amend), then the log sheet changed before the amend trip.

type Merged = Extract<ImportResult, { kind: 'merged' }>;

/** The import, with a row inserted above K-002 before its write trip and `beforeAmend` before the next. */
async function importAmendRaced(
  beforeAmend: (fixture: PlanningFixture) => void | Promise<void>,
): Promise<{ fixture: PlanningFixture; result: Merged; syncs: number; cleanSyncs: number }> {
  const raced = await raceImport(
    async () => {
      const fixture = await auditOfFive();
      return { fixture, incoming: await partnerComments(fixture, ['K-002', 'K-004']) };
    },
    (f, trip) =>
      trip === 0 ? f.workbook.insertRows('Audit', '4:4') : trip === 1 ? beforeAmend(f) : undefined,
  );
  return { ...raced, result: merged(raced.result) };
}

describe('the Merge log cannot be amended after the import was written', () => {
  it('its sheet deleted between the trips: the import comes back merged, saying the log lags and what to do', async () => {
    const { fixture, result, syncs, cleanSyncs } = await importAmendRaced((f) =>
      f.workbook.deleteSheet('Merge log'),
    );
    expect(syncs).toBe(cleanSyncs + 1);
    expect(result.log).toBe('Merge log');
    // The rows were written (K-004's cells in K-003's row, as the read-back says) and are reported as ever.
    expect(result.updates.map((u) => u.caseId)).toEqual(['K-002', 'K-004']);
    expect(result.movedRows?.map((p) => p.cell)).toEqual(['A4', 'A6']);
    expect(fixture.workbook.sheetNames()).not.toContain('Merge log');
    // No link: the sheet is gone, so one would go nowhere.
    expect(result.logNotAmended).toEqual({
      message:
        "The import's rows were written, but the Merge log sheet could not be amended with what others changed while the import ran: the Merge log sheet was no longer there (someone deleted or renamed it after the import wrote it). So its Cases filled in count, its conflicts' Cell here and its list of what others changed may not say what happened. Note the cases listed here in the Merge log sheet (or a new sheet if it was deleted) by hand, as each message says, before you close the pane: nothing else keeps this list.",
    });
  });

  it('Excel refusing the writes (the log sheet protected meanwhile): the problem says why and links the sheet', async () => {
    const { fixture, result } = await importAmendRaced((f) =>
      f.workbook.host().run(async (context) => {
        context.workbook.worksheets.getItem('Merge log').protection.protect();
        await context.sync();
      }),
    );
    expect(result.movedRows).toHaveLength(2);
    expect(result.logNotAmended).toEqual({
      sheet: 'Merge log',
      cell: 'A1',
      message: expect.stringMatching(
        /^The import's rows were written, but the Merge log sheet could not be amended with what others changed while the import ran: Excel did not finish the request \(.+\)\. .* Note the cases listed here in the Merge log sheet by hand,/,
      ) as string,
    });
    // The log stands as the import first wrote it: no section of what others changed.
    expect(fixture.workbook.getValues('Merge log', 'A9:A12').map((r) => r[0])).toEqual([
      'Conflicts (0)',
      'None: no case was answered differently in two workbooks.',
      '',
      '',
    ]);
  });

  it('says nothing of the log when it was amended', async () => {
    const { result, syncs, cleanSyncs } = await importAmendRaced(() => undefined);
    expect(syncs).toBe(cleanSyncs + 1);
    expect(result).not.toHaveProperty('logNotAmended');
  });
});

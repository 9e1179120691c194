import { lazyPlanning } from '../../../src/excel/planning/lazyPlanning';
import { planningPanelProps } from '../../../src/ui/app/planningPanelProps';
import type { ImportOutcome } from '../../../src/ui/planning';
import { AUDIT_DAY } from '../../excel/auditFixture';
import { auditRows, planningWith, type PlanningFixture } from '../../excel/planning/planningFixture';
import {
  cellOf,
  partnerWorkbook,
  sheetsOf,
  xlsxOf,
  xlsxOfSheets,
} from '../../excel/planning/readAuditSnapshotWorkbook';

/** What the pane gets from its file input: a name and the bytes (read in the pane, never uploaded). */
const fileOf = (name: string, bytes: Uint8Array) =>
  ({ name, arrayBuffer: () => Promise.resolve(bytes.slice().buffer) }) as unknown as File;

async function importInto(
  name: string,
  bytes: Uint8Array,
  into?: PlanningFixture,
  onReading?: (done: number) => void,
) {
  const ours = into ?? (await planningWith());
  const port = lazyPlanning(ours.workbook.host(), { now: () => AUDIT_DAY });
  const props = planningPanelProps(port, 'Lee Lead', [], () => {});
  const outcome: ImportOutcome = await props.onImportWorkbook(fileOf(name, bytes), onReading);
  return { ours, outcome };
}

describe('the Planning panel’s import, wired to the workbook', () => {
  it('reads the chosen .xlsx and adds its cases', async () => {
    const { workbook } = await partnerWorkbook();
    const { ours, outcome } = await importInto('partner.xlsx', xlsxOf(workbook));
    expect(outcome).toEqual({
      kind: 'merged',
      label: 'partner.xlsx',
      added: ['C-001', 'C-002', 'C-003'],
      filled: [],
      conflicts: [],
      log: 'Merge log',
    });
    expect(auditRows(ours).map((r) => r.id)).toEqual(['C-001', 'C-002', 'C-003']);
    // The record outlives the pane, naming the lead and the file.
    expect(String(ours.workbook.getValues('Merge log', 'A2')[0]![0])).toMatch(
      /^Made 2023-02-06 10:30 by Lee Lead with Import another workbook \(Planning tab\): the Audit rows of partner\.xlsx /,
    );
  });

  it('records where their answer is in their workbook, beside ours', async () => {
    const { workbook } = await partnerWorkbook();
    const { ours } = await importInto('partner.xlsx', xlsxOf(workbook));
    await ours.workbook.setCell('Audit', cellOf(ours.workbook, 'case_type', 3), 'Contact/referral');
    const again = await importInto('partner.xlsx', xlsxOf(workbook), ours);
    expect(again.outcome.kind === 'merged' && again.outcome.log).toBe('Merge log 2');
    const conflict = ours.workbook.getValues('Merge log 2', 'A12:H12')[0];
    const theirs = cellOf(workbook, 'case_type', 3);
    expect(conflict).toEqual([
      'C-001',
      // The question as the pane asks it, then its name (the Audit column's header).
      'Is this a contact/referral or a re-referral?',
      'case_type',
      'Contact/referral',
      `This workbook Audit!${cellOf(ours.workbook, 'case_type', 3)}`,
      'Re-referral',
      `partner.xlsx Audit!${theirs}`,
      `Audit!${cellOf(ours.workbook, 'case_type', 3)}`,
    ]);
  });

  it('reads a large file in slices, handing the event loop back and saying how much is read', async () => {
    const { workbook } = await partnerWorkbook();
    // The partner's copy with a 30,000-row notes sheet: several slices of reading, whatever the machine.
    const notes = Array.from({ length: 30_000 }, (_, i) => [`Note ${i}`, i, i % 2 === 0, 'Seen at home']);
    const sheets = [...sheetsOf(workbook), { name: 'Notes', rows: notes }];
    const shares: number[] = [];
    let ticks = 0;
    const tick = (): void => {
      ticks++;
      if (shares.at(-1) !== 1) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const { ours, outcome } = await importInto('partner.xlsx', xlsxOfSheets(sheets), undefined, (done) =>
      shares.push(done),
    );
    expect(outcome.kind === 'merged' && outcome.added).toEqual(['C-001', 'C-002', 'C-003']);
    expect(auditRows(ours).map((r) => r.id)).toEqual(['C-001', 'C-002', 'C-003']);
    // Shares in between, never going back, and 1 once the file is read (the rows are written after).
    expect(shares.filter((d) => d > 0 && d < 1).length).toBeGreaterThan(0);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(shares.at(-1)).toBe(1);
    expect(shares.filter((d) => d === 1)).toHaveLength(1);
    // Timers ran while the file was read: the pane could paint and answer clicks.
    expect(ticks).toBeGreaterThan(1);
  });

  it('refuses, writing nothing, a file that is not an .xlsx or whose question set is broken', async () => {
    const csv = await importInto('cases.csv', new TextEncoder().encode('Case ID\nK-001\n'));
    expect(csv.outcome).toEqual({
      kind: 'refused',
      label: 'cases.csv',
      problems: [{ message: expect.stringMatching(/^cases\.csv is not an Excel workbook/) as string }],
    });
    expect(auditRows(csv.ours)).toEqual([]);
    expect(csv.ours.workbook.sheetNames()).not.toContain('Merge log');
    const { workbook } = await partnerWorkbook();
    await workbook.setCell('Questions', 'A3', 'select_one no_such_list');
    const broken = await importInto('partner.xlsx', xlsxOf(workbook));
    expect(broken.outcome.kind === 'refused' && broken.outcome.problems[0]!.message).toMatch(
      /^Questions!A3: In partner\.xlsx: /,
    );
    expect(auditRows(broken.ours)).toEqual([]);
    expect(broken.ours.workbook.sheetNames()).not.toContain('Merge log');
  });
});

describe('the import, when a co-author moves rows before its write', () => {
  it('passes the rows that took another case’s cells on to the pane', async () => {
    const { workbook } = await partnerWorkbook();
    const { ours } = await importInto('partner.xlsx', xlsxOf(workbook));
    // C-001's answer blank here again, so the next import fills it (row 3, the first data row).
    await ours.workbook.setCell('Audit', cellOf(ours.workbook, 'case_type', 3), '');
    let moved = false;
    // Before the import's write trip (the third of its run), a blank row goes in above C-001.
    const host = ours.workbook.host({
      beforeSync: (n) => {
        if (n !== 3 || moved) return;
        moved = true;
        ours.workbook.insertRows('Audit', '3:3');
      },
    });
    const props = planningPanelProps(lazyPlanning(host, { now: () => AUDIT_DAY }), 'Lee Lead', [], () => {});
    const outcome = await props.onImportWorkbook(fileOf('partner.xlsx', xlsxOf(workbook)));
    expect(moved).toBe(true);
    if (outcome.kind !== 'merged') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.filled).toEqual(['C-001']);
    expect(outcome.movedRows).toEqual([
      {
        sheet: 'Audit',
        cell: 'A3',
        message: expect.stringMatching(
          /^Rows of the Audit sheet moved while importing case C-001 from partner\.xlsx \(row 3 now has no Case ID\)\./,
        ) as string,
      },
    ]);
  });

  it('passes on, as a merged outcome, that the Merge log could not be amended (deleted between the trips)', async () => {
    const { workbook } = await partnerWorkbook();
    const { ours } = await importInto('partner.xlsx', xlsxOf(workbook));
    await ours.workbook.setCell('Audit', cellOf(ours.workbook, 'case_type', 3), '');
    let step = 0;
    // Rows moved before the write trip (the third), then the new log deleted before the amend trip.
    const host = ours.workbook.host({
      beforeSync: (n) => {
        if (n === 3 && step === 0) {
          step = 1;
          ours.workbook.insertRows('Audit', '3:3');
        } else if (n === 4 && step === 1) {
          step = 2;
          ours.workbook.deleteSheet('Merge log 2');
        }
      },
    });
    const props = planningPanelProps(lazyPlanning(host, { now: () => AUDIT_DAY }), 'Lee Lead', [], () => {});
    const outcome = await props.onImportWorkbook(fileOf('partner.xlsx', xlsxOf(workbook)));
    expect(step).toBe(2);
    if (outcome.kind !== 'merged') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.log).toBe('Merge log 2');
    expect(outcome.movedRows).toHaveLength(1);
    expect(outcome.logNotAmended?.message).toMatch(
      /^The import's rows were written, but the Merge log 2 sheet could not be amended /,
    );
  });
});

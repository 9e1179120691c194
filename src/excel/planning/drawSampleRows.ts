import type { Problem } from '../../core/sampling/Problem';
import { drawSample } from '../../core/sampling/drawSample';
import { readCaseList } from '../../core/sampling/readCaseList';
import type { DrawnSample, SampleRequest } from '../../core/sampling/SampleResult';
import type { CellValue } from '../../core/sheets/SheetData';
import { addedTwiceError } from '../addedTwiceError';
import { missingColumns } from '../auditDamage';
import type { AuditFrame } from '../AuditFrame';
import { AuditWorkbookError } from '../AuditWorkbookError';
import type { ExcelHost } from '../ExcelHost';
import { caseIdText } from '../locateCase';
import { rowsBytes } from '../payloadBudget';
import { AUDITOR, CASE_ID, STATUS, VERSION } from '../workbookFormat';
import { newRowsWritten, queueAuditRows } from './appendAuditRows';
import { queueCaseListColumns } from './caseListSheet';
import { checkHeaderRow, type ColumnsChange, columnsChange } from './columnsChanged';
import { drawRecordedError } from './drawRecordedError';
import { appendLogRows, queueLogTable } from './logTable';
import { type AllocationRequest, planAllocation } from './planAllocation';
import { PLANNING_SHEETS, SAMPLE_COLUMNS } from './planningFormat';
import { type AuditorCell, queueAuditorCells } from './queueAuditorCells';
import { readAuditAndCaseList } from './readAuditAndCaseList';
import { nextSampleNumber, readSampleRecords, sampleRowValues } from './sampleRecord';
import { type NewRowsChecked, syncCheckingNewRows } from './syncCheckingNewRows';

export interface DrawOptions {
  readonly now: Date;
  readonly drawnBy: string;
  /** Share the audit's unallocated cases (the drawn ones included) among auditors in the same go. */
  readonly allocate?: AllocationRequest;
}

export type WorkbookDraw =
  | (DrawnSample & {
      /** The draw's number in the Samples table. */
      readonly sample: number;
      /** When allocating: the auditors' notes (e.g. a family already split), and cases newly allocated. */
      readonly allocation?: { readonly notes: readonly Problem[]; readonly newlyAllocated: number };
    })
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/**
 * Draws a sample from the Case list and adds the drawn cases the Audit sheet lacks, Not started, recording
 * the draw in the Samples table. Three round trips at any size: (1) Audit Case IDs and the Case list header,
 * (2) the Case list's Case ID column (and the group and family columns) with the Samples table, (3) the
 * writes, with the Case ID column read back to catch a case a co-author added meanwhile (decision 10).
 * Existing rows are never changed, except that allocating fills their blank Auditor cells.
 * A co-author who deletes, renames or inserts an Audit column between trips 1 and 3 fails the write trip
 * before anything is written (queueAuditRows comes first in it): the draw is then refused saying so, the
 * header row read again to tell (one more trip, only then). The new rows' cells follow a column moved
 * meanwhile, by its header (queueAuditRows).
 */
export async function drawSampleRows(
  host: ExcelHost,
  request: SampleRequest,
  seed: string,
  options: DrawOptions,
): Promise<WorkbookDraw> {
  return host.run(async (context) => {
    const allocating = options.allocate !== undefined;
    const names = allocating ? [CASE_ID, AUDITOR] : [CASE_ID];
    const { read, sheetNames, caseList } = await readAuditAndCaseList(context, names, true);
    const missing = [AUDITOR, STATUS, VERSION].filter((n) => !read.frame.has(n));
    if (missing.length > 0) throw missingColumns(read.frame, missing);
    const wanted = [CASE_ID];
    if (request.kind === 'perGroup') wanted.push(request.column);
    if (options.allocate?.familyColumn !== undefined) wanted.push(options.allocate.familyColumn);
    const finishList = queueCaseListColumns(context, caseList!, wanted);
    const finishSamples = queueLogTable(context, PLANNING_SHEETS.samples, read.tableNames);
    await context.sync();
    const list = readCaseList(finishList());
    if (list.issues.length > 0) return { kind: 'refused', problems: list.issues };
    const ids = read.columns.get(CASE_ID)!;
    const present = new Set(ids.map((r) => caseIdText(r[0])).filter((id) => id !== ''));
    const drawn = drawSample(list.cases, request, seed, {
      now: options.now,
      drawnBy: options.drawnBy,
      alreadyInAudit: present,
    });
    if (drawn.kind === 'refused') return drawn;
    const auditorOf = new Map<string, string>();
    let allocation: { notes: readonly Problem[]; newlyAllocated: number } | undefined;
    let cells: AuditorCell[] = [];
    if (options.allocate !== undefined) {
      const auditors = read.columns.get(AUDITOR)!;
      const existing = ids
        .map((r, index) => ({ id: caseIdText(r[0]), auditor: text(auditors[index]?.[0]), index }))
        .filter((c) => c.id !== '');
      const everyCase = [...existing, ...drawn.newCaseIds.map((id) => ({ id, auditor: '', index: -1 }))];
      const plan = planAllocation(everyCase, list.cases, list.columns, options.allocate);
      if (plan.kind === 'refused') return plan;
      const fresh = new Set(plan.newlyAllocated);
      for (const id of drawn.newCaseIds) auditorOf.set(id, plan.assignments.get(id) ?? '');
      cells = existing
        .filter((c) => fresh.has(c.id))
        .map((c) => ({ index: c.index, caseId: c.id, auditor: plan.assignments.get(c.id)! }));
      allocation = { notes: plan.notes, newlyAllocated: plan.newlyAllocated.length };
    }
    const samples = finishSamples();
    const sample = nextSampleNumber(readSampleRecords(samples));
    const rows = drawn.newCaseIds.map((caseId) => ({ caseId, auditor: auditorOf.get(caseId) ?? '' }));
    // The rows first: a column a co-author deleted, renamed or inserted meanwhile fails the trip there,
    // before the Auditor cells of existing rows or the Samples record are written (columnsChange).
    const block = queueAuditRows(context, read.frame, rows);
    const checkMoves = allocating ? queueAuditorCells(context, read.frame, cells) : () => undefined;
    const movesBytes = rowsBytes(cells.map((c) => [c.caseId]));
    appendLogRows(context, samples, SAMPLE_COLUMNS, [sampleRowValues(sample, drawn)], sheetNames);
    let checked: NewRowsChecked;
    try {
      checked = await syncCheckingNewRows(context, block, rows, ids, movesBytes);
    } catch (error) {
      const change =
        block === null
          ? undefined
          : await columnsChange(context, read.frame, newRowsWritten(rows), true, 'the draw', error);
      if (change === undefined) throw error;
      return { kind: 'refused', problems: [columnsChangedProblem(read.frame, change)] };
    }
    const { twice, refused } = checked;
    const sheet = read.frame.sheet;
    if (twice.length > 0) {
      // Every row was written and the draw recorded: say so, so nobody draws again to "finish" it.
      const { message } = addedTwiceError(sheet, twice, rows, rows.length);
      throw drawRecordedError(
        sheet,
        twice[0]!.ours ?? twice[0]!.cells[0]!,
        `${message} The draw itself stands: its cases are in the ${sheet} sheet and it is recorded as sample ${sample} in the ${PLANNING_SHEETS.samples} table.`,
        sample,
      );
    }
    if (refused && movesBytes > 0)
      throw drawRecordedError(
        sheet,
        '',
        `The sample was drawn and recorded as sample ${sample}, but Excel refused to send back the check of the Auditor cells just written (too large a response), so a row a co-author moved meanwhile would go unseen. Check the Auditor column of the ${sheet} sheet, then allocate again: cases already allocated keep their auditor.`,
        sample,
      );
    try {
      checkMoves();
    } catch (error) {
      // The allocation's check runs after the draw was written and recorded: it stands, as above.
      const issue = error instanceof AuditWorkbookError ? error.issues[0] : undefined;
      if (issue === undefined) throw error;
      throw drawRecordedError(
        issue.sheet,
        issue.cell,
        `${issue.message} The draw itself stands: it is recorded as sample ${sample} in the ${PLANNING_SHEETS.samples} table.`,
        sample,
      );
    }
    return allocation === undefined ? { ...drawn, sample } : { ...drawn, sample, allocation };
  });
}

/** The draw's refusal when a co-author changed the Audit table's columns under its write trip. */
function columnsChangedProblem(frame: AuditFrame, change: ColumnsChange): Problem {
  return {
    sheet: frame.sheet,
    cell: change.cell,
    message: `Nothing was added to the ${frame.sheet} sheet and the draw was not recorded, because someone changed the columns of the ${frame.sheet} table while the sample was drawn: ${change.what}. ${checkHeaderRow(frame)}, then draw again: the same seed draws the same cases.`,
  };
}

const text = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? '' : String(cell);

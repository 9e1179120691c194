import type { Question } from '../../core/questions/QuestionSet';
import type { PlanningPort } from '../../excel/planning/lazyPlanning';
import { qualifiedAddress } from '../../excel/qualifiedAddress';
import type { ImportOutcome, PlanningPanelProps } from '../planning';

export type { PlanningPort };

/**
 * Reads the chosen .xlsx in the pane (nothing leaves the machine), handing the event loop back every ~40 ms
 * with the share read, and imports its Audit rows. The reader and fflate load on first use, outside the
 * pane's first-load budget. Problems in the other file keep
 * their cell in the words only: a link would open that address in this workbook.
 */
async function importWorkbook(
  planning: PlanningPort,
  file: File,
  lead: string,
  onReading: ((done: number) => void) | undefined,
): Promise<ImportOutcome> {
  const label = file.name;
  const [{ readXlsxSheetsInSlices }, { XlsxReadError }, { readAuditSnapshot }] = await Promise.all([
    import('../../xlsx/read/readXlsxSheetsInSlices'),
    // Its own module, a 0.3 KB chunk: through readXlsxSheets, webpack would fetch the reader twice over.
    import('../../xlsx/read/XlsxReadError'),
    import('../../excel/planning/readAuditSnapshot'),
  ]);
  let sheets;
  try {
    // In slices: a 100,000-row file takes seconds to read, and the pane must paint its progress meanwhile.
    // The reader's share is of XML scanned, so it can reach 1 while rows are still laid out: the 1 that
    // tells the pane the file is read (and the rows are being written) is ours, sent once it is.
    const share = onReading && ((done: number) => onReading(Math.min(done, 0.99)));
    sheets = await readXlsxSheetsInSlices(new Uint8Array(await file.arrayBuffer()), label, share);
  } catch (error) {
    if (error instanceof XlsxReadError)
      return { kind: 'refused', label, problems: [{ message: error.message }] };
    throw error;
  }
  onReading?.(1);
  const read = readAuditSnapshot(label, sheets);
  if (read.kind === 'refused') {
    const where = (sheet: string, cell: string) => (cell === '' ? sheet : qualifiedAddress(sheet, cell));
    const problems = read.problems.map((p) => ({ message: `${where(p.sheet, p.cell)}: ${p.message}` }));
    return { kind: 'refused', label, problems };
  }
  const merged = await planning.importAuditRows(read.snapshot, lead);
  if (merged.kind === 'refused') return { kind: 'refused', label, problems: merged.problems };
  return {
    kind: 'merged',
    label,
    added: merged.added.map((r) => r.caseId),
    filled: merged.updates.map((u) => u.caseId),
    conflicts: merged.conflicts,
    ...(merged.log === undefined ? {} : { log: merged.log }),
    ...(merged.inTwoRows === undefined ? {} : { inTwoRows: merged.inTwoRows }),
    ...(merged.movedRows === undefined ? {} : { movedRows: merged.movedRows }),
    ...(merged.logNotAmended === undefined ? {} : { logNotAmended: merged.logNotAmended }),
  };
}

/**
 * Wires the Planning panel to the workbook; the lead's name is who drew, marked or resolved. A moderation
 * draw's Moderator is the moderator the lead typed (or blank), never the lead's own name.
 */
export function planningPanelProps(
  planning: PlanningPort,
  lead: string,
  questions: readonly Question[],
  onSelectCell: (sheet: string, cell: string) => void,
): PlanningPanelProps {
  return {
    lead,
    questions,
    onSelectCell,
    onCheckCaseList: () => planning.checkCaseList(),
    onDrawSample: (request, seed, drawnBy) => planning.drawSample(request, seed, drawnBy),
    onVerifySample: (sample) => planning.verifySample(sample),
    onMarkNotAudited: (caseId, reason, markedBy) => planning.markNotAudited(caseId, reason, markedBy),
    onAllocate: (auditors, options) => planning.allocate(auditors, options),
    onProgress: () => planning.progress(),
    onDrawModeration: (share, seed, moderator) => planning.drawModeration(share, seed, lead, { moderator }),
    onModerationReport: () => planning.moderationReport(),
    onResolveDisagreement: (disagreement, resolution, resolvedBy) =>
      planning.resolveDisagreement(disagreement, resolution, resolvedBy),
    onImportWorkbook: (file, onReading) => importWorkbook(planning, file, lead, onReading),
  };
}

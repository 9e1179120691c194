import type { CellValue } from '../../core/sheets/SheetData';
import { workbookError } from '../AuditWorkbookError';
import type { AuditFrame } from '../AuditFrame';
import { caseIdText } from '../locateCase';
import { AUDITOR, CASE_ID, FORMAT } from '../workbookFormat';
import { fillRange } from './fillRange';
import { requireColumns } from './requireColumns';

/** An existing Audit row (0-based data index) and the auditor it gets. */
export interface AuditorCell {
  readonly index: number;
  readonly caseId: string;
  readonly auditor: string;
}

/**
 * Queues Auditor writes for existing rows, one write per run of consecutive rows rather than per cell
 * (100,000 single-cell writes would pass the 5 MB request limit on their overhead alone). Each run's Case
 * IDs are read in the same batch, before its write; call the result after the sync to learn whether a
 * co-author moved rows in between, which Excel cannot prevent, and to say which cells to check.
 */
export function queueAuditorCells(
  context: Excel.RequestContext,
  frame: AuditFrame,
  cells: readonly AuditorCell[],
): () => void {
  const sorted = [...cells].sort((a, b) => a.index - b.index);
  const runs: AuditorCell[][] = [];
  for (const cell of sorted) {
    const last = runs.at(-1);
    if (last !== undefined && last.at(-1)!.index + 1 === cell.index) last.push(cell);
    else runs.push([cell]);
  }
  // Through the table's columns by header, as new rows are written (newRowsColumn): by sheet position, a
  // column a co-author inserted left of the table meanwhile put the names over the Case IDs. Looked up
  // before the first write, so a deleted or renamed column fails the batch with nothing written.
  if (frame.mode === 'table') requireColumns(context, frame, [CASE_ID, AUDITOR]);
  const column = (name: string, run: readonly AuditorCell[]) =>
    frame.cell(context, name, run[0]!.index).getResizedRange(run.length - 1, 0);
  const checks = runs.map((run) => {
    const ids = column(CASE_ID, run).load('values');
    const target = column(AUDITOR, run);
    fillRange(target, 'numberFormat', FORMAT.text);
    target.values = run.map((c) => [c.auditor]);
    return { run, ids };
  });
  return () => {
    const moved: string[] = [];
    for (const { run, ids } of checks)
      run.forEach((c, i) => {
        const found = caseIdText((ids.values as CellValue[][])[i]?.[0]);
        if (found.toUpperCase() !== c.caseId.trim().toUpperCase())
          moved.push(frame.address(AUDITOR, c.index));
      });
    if (moved.length > 0)
      throw workbookError(
        frame.sheet,
        moved[0]!,
        `Rows of the ${frame.sheet} sheet moved while the Auditor column was written, so ${moved.length} Auditor cell(s) may name the wrong auditor (${moved.slice(0, 10).join(', ')}${moved.length > 10 ? ' and more' : ''}). Check those cells, then allocate again: cases already allocated keep their auditor.`,
      );
  };
}

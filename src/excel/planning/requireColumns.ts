import type { AuditFrame } from '../AuditFrame';
import { SHEETS } from '../workbookFormat';

/**
 * Queues, ahead of a batch's first write, a load of each Audit table column the batch writes through by its
 * header (`names`, as the frame knows them). Writing by header follows a column a co-author moved since our
 * read; one they deleted or renamed cannot be found. Excel stops a batch at its first failure and keeps what
 * came before it, so that failure must come here, with nothing written yet, rather than half-way through
 * (rows added blank, some cells filled, no Merge log). The load is what makes Excel look the column up at
 * this point: office.js resolves an item only when an action first uses it.
 */
export function requireColumns(
  context: Excel.RequestContext,
  frame: AuditFrame,
  names: Iterable<string>,
): void {
  const columns = context.workbook.tables.getItem(SHEETS.audit).columns;
  for (const header of new Set([...names].map((n) => frame.headerOf(n))))
    columns.getItem(header).load('name');
}

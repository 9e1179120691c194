import { workbookError } from '../AuditWorkbookError';
import { isItemNotFound, readAuditColumns, type AuditRead } from '../readAuditColumns';
import { queueCaseListFrame, type CaseListFrame } from './caseListSheet';
import { PLANNING_SHEETS } from './planningFormat';

export interface PlanningRead {
  readonly read: AuditRead;
  readonly sheetNames: readonly string[];
  /** The Case list's header and size, when asked for. */
  readonly caseList: CaseListFrame | null;
}

/**
 * The first round trip of every planning action: the named Audit columns (as readAuditColumns reads
 * them, with its messages for a damaged Audit sheet), every sheet's name, and the Case list's header.
 */
export async function readAuditAndCaseList(
  context: Excel.RequestContext,
  names: readonly string[],
  withCaseList: boolean,
): Promise<PlanningRead> {
  const sheets = context.workbook.worksheets.load('items/name');
  const finish = withCaseList ? queueCaseListFrame(context) : null;
  let read: AuditRead;
  try {
    read = await readAuditColumns(context, names);
  } catch (error) {
    // readAuditColumns explains every Audit problem; a bare ItemNotFound left over is the Case list's.
    if (!isItemNotFound(error)) throw error;
    throw workbookError(
      PLANNING_SHEETS.caseList,
      '',
      `The "${PLANNING_SHEETS.caseList}" sheet cannot be read: check that it exists and holds the case export with its header row, then try again.`,
    );
  }
  return {
    read,
    sheetNames: sheets.items.map((s) => s.name),
    caseList: finish === null ? null : finish(),
  };
}

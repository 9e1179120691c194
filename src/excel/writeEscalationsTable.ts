import type { SheetIssue } from '../core/sheets/SheetData';
import { filled, setDropdown, writeLiteral } from './cellWrites';
import { findColumn } from './headerRow';
import { blockAddress, qualifiedAddress } from './qualifiedAddress';
import type { TableState } from './tableState';
import { ESCALATION_COLUMNS, FORMAT, SHEETS, STATUS } from './workbookFormat';

export const ESCALATION_STATUSES = ['Open', 'Responded', 'Closed'] as const;

export interface EscalationsWriteResult {
  readonly created: boolean;
  readonly added: readonly string[];
  readonly issues: readonly SheetIssue[];
}

const formatOf = (name: string): string => (name === 'Raised at' ? FORMAT.dateTime : FORMAT.text);

/** Creates the Escalations table, turns a plain range back into it, or adds the columns it lacks. */
export function writeEscalationsTable(
  context: Excel.RequestContext,
  state: TableState,
): EscalationsWriteResult {
  const fresh = state.kind === 'absent' || state.empty;
  if (!fresh && state.headerRow < 0) {
    const message = `The ${state.sheet} sheet has no "Case ID" header row. Put the headers ${ESCALATION_COLUMNS.join(', ')} in its first row (or rename this sheet), then set up again.`;
    return { created: false, added: [], issues: [{ sheet: state.sheet, cell: '', message }] };
  }
  const existing = fresh ? [] : state.header;
  const add = ESCALATION_COLUMNS.filter((name) => findColumn(existing, name) < 0);
  const sheet =
    state.kind === 'absent'
      ? context.workbook.worksheets.add(SHEETS.escalations)
      : context.workbook.worksheets.getItem(state.sheet);
  const headerRow = fresh ? 0 : state.headerRow;
  const firstColumn = fresh ? 0 : state.firstColumn;
  const dataRows = Math.max(1, fresh ? 1 : state.dataRows);
  if (state.kind === 'table') {
    const table = context.workbook.tables.getItem(state.name);
    for (const name of add) table.columns.add(undefined, undefined, name);
  } else {
    if (add.length > 0)
      writeLiteral(sheet.getRangeByIndexes(headerRow, firstColumn + existing.length, 1, add.length), [
        [...add],
      ]);
    const address = blockAddress(headerRow, firstColumn, dataRows + 1, existing.length + add.length);
    context.workbook.tables.add(qualifiedAddress(state.sheet, address), true).name = SHEETS.escalations;
    sheet.freezePanes.freezeRows(headerRow + 1);
  }
  add.forEach((name, k) => {
    const body = sheet.getRangeByIndexes(headerRow + 1, firstColumn + existing.length + k, dataRows, 1);
    body.numberFormat = filled(dataRows, 1, formatOf(name));
    if (name === STATUS) setDropdown(body, ESCALATION_STATUSES.join(','));
  });
  return { created: state.kind === 'absent', added: add, issues: [] };
}

import type { CellValue } from '../core/sheets/SheetData';

/** A Case ID as text: IDs typed as numbers (14) match "14". */
export function caseIdText(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

/** IDs are compared trimmed and ignoring case: "c-014" and "C-014 " are one case to a person, so two rows
 * holding them are a duplicate, never two cases. */
function idKey(id: string): string {
  return id.trim().toUpperCase();
}

export type CaseLocation =
  | { readonly kind: 'found'; readonly index: number }
  | { readonly kind: 'missing' }
  | { readonly kind: 'duplicate'; readonly indexes: readonly number[] };

/** Where a case's row is among the Case ID column's cells (0-based in the data body). */
export function locateCase(ids: readonly (readonly CellValue[])[], caseId: string): CaseLocation {
  const key = idKey(caseId);
  const indexes: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    if (idKey(caseIdText(ids[i]?.[0])) === key) indexes.push(i);
  }
  if (indexes.length === 0 || key === '') return { kind: 'missing' };
  if (indexes.length > 1) return { kind: 'duplicate', indexes };
  return { kind: 'found', index: indexes[0]! };
}

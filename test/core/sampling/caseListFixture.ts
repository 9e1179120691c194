import type { CellValue, SheetData } from '../../../src/core/sheets/SheetData';
import { readCaseList } from '../../../src/core/sampling/readCaseList';
import type { CaseListRow } from '../../../src/core/sampling/CaseListRow';

export const sheetOf = (rows: CellValue[][], name = 'Case list'): SheetData => ({ name, rows });

/** Case list rows with a Case ID and a case type, e.g. population(50, 'Contact', 50, 'Re-referral'). */
export function population(...spec: (number | string)[]): CaseListRow[] {
  const rows: CellValue[][] = [['Case ID', 'Case type', 'Family']];
  let n = 0;
  for (let i = 0; i < spec.length; i += 2) {
    const count = spec[i] as number;
    const type = spec[i + 1] as string;
    for (let k = 0; k < count; k++) rows.push([`C${String(++n).padStart(3, '0')}`, type, '']);
  }
  const list = readCaseList(sheetOf(rows));
  if (list.issues.length > 0) throw new Error(list.issues.map((i) => i.message).join('\n'));
  return list.cases;
}

/** The same rows in a different order (a deterministic reversal-and-interleave, not random). */
export function reordered<T>(items: readonly T[]): T[] {
  const reversed = items.slice().reverse();
  const odd = reversed.filter((_, i) => i % 2 === 1);
  const even = reversed.filter((_, i) => i % 2 === 0);
  return [...odd, ...even];
}

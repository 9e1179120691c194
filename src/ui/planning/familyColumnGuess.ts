import { headerKey } from '../../core/sampling/CaseListRow';

/** The column that looks like a family or household reference, offered first so the usual choice is one less step. */
export function familyColumnGuess(columns: readonly string[]): string {
  return columns.find((c) => /family|household/.test(headerKey(c))) ?? '';
}

import type { Answer } from '../../core/cases/CaseEvaluation';
import { isDateValue } from '../../core/expr/Value';

/** Value equality for answers: a select_multiple is equal whatever the order its choices were ticked in. */
export function sameAnswer(a: Answer, b: Answer): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const other = new Set<string>(b as readonly string[]);
    return (a as readonly string[]).every((name) => other.has(name));
  }
  if (isDateValue(a) || isDateValue(b)) {
    return isDateValue(a) && isDateValue(b) && a.kind === b.kind && a.days === b.days;
  }
  return false;
}

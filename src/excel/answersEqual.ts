import type { Answer } from '../core/cases/CaseEvaluation';
import { isDateValue } from '../core/expr/Value';

/** Half a minute: a date-time read back from a serial may differ from the one written in the last bits. */
const DAY_TOLERANCE = 0.5 / 1440;

/** Same answer? select_multiple compares as a set; dates by kind and day number. */
export function answersEqual(a: Answer, b: Answer): boolean {
  if (a === b) return true;
  if (a === null || b === null) return isBlank(a) && isBlank(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = [...(a as readonly string[])].sort();
    const right = [...(b as readonly string[])].sort();
    return left.length === right.length && left.every((v, i) => v === right[i]);
  }
  if (isDateValue(a) && isDateValue(b)) return a.kind === b.kind && Math.abs(a.days - b.days) < DAY_TOLERANCE;
  return false;
}

function isBlank(a: Answer): boolean {
  return a === null || a === '' || (Array.isArray(a) && a.length === 0);
}

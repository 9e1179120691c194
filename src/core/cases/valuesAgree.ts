import { toNumber, toText } from '../expr/coerce';
import { dateFromExcelSerial, dateFromIso } from '../expr/dates';
import { isDateValue, type DateValue, type Value } from '../expr/Value';

/** Half a second, in days: a stored date-time shown to the second still agrees with its calculation. */
const DATE_TOLERANCE = 0.5 / 86400;

function storedDays(stored: Value, kind: DateValue['kind']): number | null {
  if (isDateValue(stored)) return stored.days;
  if (typeof stored === 'number') return dateFromExcelSerial(stored, kind)?.days ?? null;
  if (typeof stored === 'string') return dateFromIso(stored)?.days ?? null;
  return null;
}

/**
 * Whether a calculation's stored cell still says what the answers give. Excel keeps 15 significant
 * digits and shows dates as serial numbers, so numbers agree within rounding and a date agrees with the
 * serial or ISO text of the same day.
 */
export function valuesAgree(computed: Value, stored: Value): boolean {
  if (isDateValue(computed)) {
    const days = storedDays(stored, computed.kind);
    return days !== null && Math.abs(days - computed.days) <= DATE_TOLERANCE;
  }
  if (isDateValue(stored)) return valuesAgree(stored, computed);
  const a = toText(computed);
  const b = toText(stored);
  if (a === b) return true;
  if (typeof computed === 'boolean' || typeof stored === 'boolean')
    return a.toLowerCase() === b.toLowerCase();
  const x = toNumber(computed);
  const y = toNumber(stored);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

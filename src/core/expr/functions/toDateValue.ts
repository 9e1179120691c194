import { canonicalDays, dateFromIso } from '../dates';
import type { DateValue, Value } from '../Value';

/**
 * A value as a date of the given kind: a date or date-time value, ISO text, or a number of days since
 * 1970-01-01 (as decimal-date-time gives). A date keeps only the day. null for a blank, for text that is
 * not an ISO date, and for true()/false(), so that date() of a bad value is blank rather than a wrong date.
 */
export function toDateValue(v: Value, kind: DateValue['kind']): DateValue | null {
  let days: number;
  if (typeof v === 'object') {
    if (v.kind === kind) return v;
    days = v.days;
  } else if (typeof v === 'string') {
    const parsed = dateFromIso(v);
    if (parsed === null) return null;
    if (parsed.kind === kind) return parsed;
    days = parsed.days;
  } else if (typeof v === 'number' && Number.isFinite(v)) {
    days = v;
  } else {
    return null;
  }
  return { kind, days: kind === 'date' ? Math.floor(days) : canonicalDays(days) };
}

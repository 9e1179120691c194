import type { DateValue } from './Value';

/*
 * Dates are pure arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian), never the JS Date
 * object: Date parses in the local time zone and maps years 0-99 to 1900-1999, and either would move a
 * child's date of referral without anyone noticing.
 */

const SECONDS_PER_DAY = 86400;
const MS_PER_DAY = 86400000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
const SERIAL_1970 = 25569;
/** Excel serial 60 is 1900-02-29, a day that never existed (kept by Excel for Lotus 1-2-3 compatibility). */
const PHANTOM_SERIAL = 60;
/** Excel's last date, 9999-12-31. */
const MAX_SERIAL = 2958465;

/** Day number of a civil date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of a whole day number (Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Days rounded to the millisecond. The same instant must always be the same double, and a difference of
 * exactly 24 hours must be exactly 1, or `${screened} - ${received} <= 1` would fail on a rounding error.
 */
export function canonicalDays(days: number): number {
  return Math.round(days * MS_PER_DAY) / MS_PER_DAY;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const ISO =
  /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * `YYYY-MM-DD` is a date; `YYYY-MM-DDTHH:MM[:SS[.sss]]` is a date-time (a space may replace the T).
 * A zone suffix (`Z`, `+01:00`) is honoured by converting to UTC, as ODK stores instants; without one
 * the clock time is taken as it is written. Anything else, or an impossible date such as 2023-02-30, is null.
 */
export function dateFromIso(text: string): DateValue | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const whole = daysFromCivil(year, month, day);
  if (m[4] === undefined) return { kind: 'date', days: whole };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]) + (m[7] === undefined ? 0 : Number(m[7]));
  if (hour > 23 || minute > 59 || second >= 60) return null;
  let offsetMinutes = 0;
  const zone = m[8];
  if (zone !== undefined && zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = Number(digits.slice(2));
    if (zoneHours > 14 || zoneMinutes > 59) return null;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  const seconds = hour * 3600 + (minute - offsetMinutes) * 60 + second;
  return { kind: 'dateTime', days: canonicalDays(whole + seconds / SECONDS_PER_DAY) };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

/** `YYYY-MM-DD` for dates; `YYYY-MM-DDTHH:MM:SS` (to the nearest second) for date-times. */
export function isoFromDate(d: DateValue): string {
  if (d.kind === 'date') {
    const c = civilFromDays(Math.floor(d.days));
    return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
  }
  const parts = dateTimeParts(d.days);
  return (
    `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}` +
    `T${pad(parts.hour, 2)}:${pad(parts.minute, 2)}:${pad(parts.second, 2)}`
  );
}

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

/** Calendar and clock fields of a day number, rounded to the nearest second. */
export function dateTimeParts(days: number): DateTimeParts {
  // Rounding the whole instant (not each field) keeps 23:59:59.7 from printing as 23:59:60.
  const total = Math.round(days * SECONDS_PER_DAY);
  const whole = Math.floor(total / SECONDS_PER_DAY);
  const rest = total - whole * SECONDS_PER_DAY;
  const c = civilFromDays(whole);
  return {
    ...c,
    weekday: (((whole + 4) % 7) + 7) % 7, // 1970-01-01 was a Thursday
    hour: Math.floor(rest / 3600),
    minute: Math.floor((rest % 3600) / 60),
    second: rest % 60,
  };
}

/**
 * The date in an Excel cell, from its serial number in the 1900 date system. A date keeps only the day
 * (as Excel shows it); a date-time keeps the time of day. null when the serial is not a real date: not a
 * finite number, before 1900-01-01, after 9999-12-31, or 60 (Excel's 29 February 1900, which never was).
 */
export function dateFromExcelSerial(serial: number, kind: DateValue['kind']): DateValue | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return null;
  if (serial >= PHANTOM_SERIAL && serial < PHANTOM_SERIAL + 1) return null;
  // Before the phantom day every serial is one higher than the real calendar says.
  const days = serial < PHANTOM_SERIAL ? serial - SERIAL_1970 + 1 : serial - SERIAL_1970;
  return { kind, days: kind === 'date' ? Math.floor(days) : canonicalDays(days) };
}

/** The Excel serial (1900 date system) of a date; NaN before 1900-01-01 or after 9999-12-31, which Excel cannot show. */
export function excelSerialFromDate(d: DateValue): number {
  const days = d.kind === 'date' ? Math.floor(d.days) : d.days;
  let serial = days + SERIAL_1970;
  if (serial < PHANTOM_SERIAL + 1) serial -= 1;
  return serial < 1 || serial >= MAX_SERIAL + 1 ? NaN : serial;
}

import fc from 'fast-check';
import { dateFromExcelSerial, dateFromIso } from '../../../src/core/expr/dates';
import type { DateValue } from '../../../src/core/expr/Value';
import { compile, env } from './evaluate';

/** The audit's "screened within 24 hours of being referred". */
const within24h = compile('${date_screened} - ${date_received} <= 1');

function screenedInTime(received: DateValue | '', screened: DateValue | ''): unknown {
  return within24h.evaluate(env({ date_received: received, date_screened: screened }));
}

function iso(text: string): DateValue {
  const d = dateFromIso(text);
  if (d === null) throw new Error(`bad test date ${text}`);
  return d;
}

describe('the 24-hour screening rule: ${date_screened} - ${date_received} <= 1', () => {
  it('with dates, means the same or the next day', () => {
    expect(screenedInTime(iso('2023-02-06'), iso('2023-02-06'))).toBe(true);
    expect(screenedInTime(iso('2023-02-06'), iso('2023-02-07'))).toBe(true);
    expect(screenedInTime(iso('2023-02-06'), iso('2023-02-08'))).toBe(false);
    expect(screenedInTime(iso('2023-02-28'), iso('2023-03-01'))).toBe(true);
  });

  it('with date-times, means at most 24 hours, exactly 24 included', () => {
    expect(screenedInTime(iso('2023-02-06T09:30'), iso('2023-02-06T13:00'))).toBe(true);
    expect(screenedInTime(iso('2023-02-06T09:30'), iso('2023-02-07T09:30'))).toBe(true);
    expect(screenedInTime(iso('2023-02-06T09:30'), iso('2023-02-07T09:30:01'))).toBe(false);
    expect(screenedInTime(iso('2023-03-25T22:00'), iso('2023-03-26T22:00'))).toBe(true);
  });

  it('is not thrown off by binary fractions (day numbers here straddle a power of two)', () => {
    expect(screenedInTime(iso('2014-11-08T00:00:02'), iso('2014-11-09T00:00:02'))).toBe(true);
    expect(screenedInTime(iso('2014-11-09T00:00:02'), iso('2014-11-10T00:00:02'))).toBe(true);
    expect(screenedInTime(iso('2014-11-09T00:00:06'), iso('2014-11-10T00:00:06'))).toBe(true);
  });

  it('is false when either date is unanswered', () => {
    expect(screenedInTime(iso('2023-02-06T09:30'), '')).toBe(false);
    expect(screenedInTime('', iso('2023-02-06T09:30'))).toBe(false);
  });

  it('holds exactly at the 24-hour boundary whether the times came from Excel serials or ISO text (property)', () => {
    const receivedMs = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    const gapSeconds = fc.oneof(fc.integer({ min: 0, max: 2 * 86400 }), fc.constantFrom(86399, 86400, 86401));
    fc.assert(
      fc.property(receivedMs, gapSeconds, fc.boolean(), (ms, gap, fromExcel) => {
        const seconds = Math.floor(ms / 1000);
        const received = fromExcel
          ? dateFromExcelSerial(seconds / 86400 + 25569, 'dateTime')!
          : iso(new Date(seconds * 1000).toISOString().slice(0, 19));
        const screened = iso(new Date((seconds + gap) * 1000).toISOString().slice(0, 19));
        expect(screenedInTime(received, screened)).toBe(gap <= 86400);
      }),
    );
  });
});

describe('re-referral within 3 months of the previous involvement', () => {
  const byDays = compile('${date_rereferred} - ${date_previous_closed} <= 92');
  const byCalendar = compile(
    "(format-date(${date_rereferred}, '%Y') * 12 + format-date(${date_rereferred}, '%n')) -" +
      " (format-date(${date_previous_closed}, '%Y') * 12 + format-date(${date_previous_closed}, '%n')) <= 3",
  );

  it.each([
    ['2022-10-03', '2023-01-02', true, true],
    ['2022-10-03', '2023-01-31', false, true],
    ['2022-10-03', '2023-02-01', false, false],
    ['2022-12-31', '2023-03-31', true, true],
    ['2022-11-30', '2023-03-02', true, false],
  ])('closed %s, re-referred %s', (closed, rereferred, withinDays, withinMonths) => {
    const answers = env({ date_previous_closed: iso(closed), date_rereferred: iso(rereferred) });
    expect(byDays.evaluate(answers)).toBe(withinDays);
    expect(byCalendar.evaluate(answers)).toBe(withinMonths);
  });

  it('is false for a first referral with no previous involvement', () => {
    expect(byDays.evaluate(env({ date_rereferred: iso('2023-01-02') }))).toBe(false);
    expect(byCalendar.evaluate(env({ date_rereferred: iso('2023-01-02') }))).toBe(false);
  });
});

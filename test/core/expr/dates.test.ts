import fc from 'fast-check';
import {
  dateFromExcelSerial,
  dateFromIso,
  excelSerialFromDate,
  isoFromDate,
} from '../../../src/core/expr/dates';

const DAY_MS = 86400000;

describe('dateFromIso', () => {
  it('reads a date as whole days since 1970-01-01 UTC', () => {
    expect(dateFromIso('1970-01-01')).toEqual({ kind: 'date', days: 0 });
    expect(dateFromIso('2023-02-06')).toEqual({ kind: 'date', days: Date.UTC(2023, 1, 6) / DAY_MS });
    expect(dateFromIso('1969-12-31')).toEqual({ kind: 'date', days: -1 });
  });

  it('reads a date-time as fractional days, with T or a space, seconds optional', () => {
    const expected = Date.UTC(2023, 1, 6, 14, 30) / DAY_MS;
    expect(dateFromIso('2023-02-06T14:30')).toEqual({ kind: 'dateTime', days: expected });
    expect(dateFromIso('2023-02-06 14:30:00')).toEqual({ kind: 'dateTime', days: expected });
    expect(dateFromIso('2023-02-06T14:30:00.500')?.days).toBeCloseTo(expected + 0.5 / 86400, 9);
  });

  it('converts a zone offset to UTC, as ODK stores instants', () => {
    expect(dateFromIso('2023-06-01T10:00:00+01:00')).toEqual(dateFromIso('2023-06-01T09:00:00Z'));
    expect(dateFromIso('2023-06-01T00:30:00+01:00')).toEqual(dateFromIso('2023-05-31T23:30:00'));
  });

  it('knows leap years and month lengths', () => {
    expect(dateFromIso('2024-02-29')).not.toBeNull();
    expect(dateFromIso('2000-02-29')).not.toBeNull();
    expect(dateFromIso('2023-02-29')).toBeNull();
    expect(dateFromIso('1900-02-29')).toBeNull();
    expect(dateFromIso('2023-04-31')).toBeNull();
  });

  it.each([
    '',
    '2023',
    '2023-2-6',
    '06/02/2023',
    '2023-13-01',
    '2023-00-10',
    '2023-01-01T24:00',
    '2023-01-01T10:60',
    'soon',
  ])('rejects %p', (text) => expect(dateFromIso(text)).toBeNull());

  it('reads years before 100 as those years, not 19xx', () => {
    expect(isoFromDate(dateFromIso('0099-03-01')!)).toBe('0099-03-01');
  });
});

describe('isoFromDate', () => {
  it('writes dates as YYYY-MM-DD and date-times as YYYY-MM-DDTHH:MM:SS', () => {
    expect(isoFromDate({ kind: 'date', days: 19394 })).toBe('2023-02-06');
    expect(isoFromDate({ kind: 'dateTime', days: 19394 + 0.5 })).toBe('2023-02-06T12:00:00');
    expect(isoFromDate({ kind: 'dateTime', days: -0.25 })).toBe('1969-12-31T18:00:00');
  });

  it('rounds a date-time to the nearest second without printing 60 seconds', () => {
    expect(isoFromDate({ kind: 'dateTime', days: 19394 + (86400 - 0.3) / 86400 })).toBe(
      '2023-02-07T00:00:00',
    );
  });

  it('round-trips every valid date and date-time (property)', () => {
    const day = fc.integer({ min: -700000, max: 2900000 });
    fc.assert(
      fc.property(day, (d) => {
        const iso = isoFromDate({ kind: 'date', days: d });
        expect(iso).toBe(new Date(d * DAY_MS).toISOString().slice(0, 10).padStart(10, '0'));
        expect(dateFromIso(iso)).toEqual({ kind: 'date', days: d });
      }),
    );
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 86399 }), (d, s) => {
        const iso = isoFromDate({ kind: 'dateTime', days: d + s / 86400 });
        const back = dateFromIso(iso);
        expect(back?.kind).toBe('dateTime');
        expect(isoFromDate(back!)).toBe(iso);
        expect(Math.round(back!.days * 86400)).toBe(d * 86400 + s);
      }),
    );
  });
});

describe('Excel serials (1900 date system)', () => {
  it('maps the landmarks Excel uses', () => {
    expect(dateFromExcelSerial(25569, 'date')).toEqual({ kind: 'date', days: 0 });
    expect(isoFromDate(dateFromExcelSerial(1, 'date')!)).toBe('1900-01-01');
    expect(isoFromDate(dateFromExcelSerial(59, 'date')!)).toBe('1900-02-28');
    expect(isoFromDate(dateFromExcelSerial(61, 'date')!)).toBe('1900-03-01');
    expect(isoFromDate(dateFromExcelSerial(44963, 'date')!)).toBe('2023-02-06');
    expect(isoFromDate(dateFromExcelSerial(2958465, 'date')!)).toBe('9999-12-31');
  });

  it("refuses Excel's phantom 1900-02-29 (serial 60) and serials that are no date", () => {
    for (const serial of [60, 60.5, 0, 0.5, -1, 2958466, NaN, Infinity]) {
      expect(dateFromExcelSerial(serial, 'date')).toBeNull();
    }
  });

  it('keeps the time of day for date-times and drops it for dates', () => {
    expect(isoFromDate(dateFromExcelSerial(44963.75, 'dateTime')!)).toBe('2023-02-06T18:00:00');
    expect(dateFromExcelSerial(44963.75, 'date')).toEqual({ kind: 'date', days: 19394 });
    expect(isoFromDate(dateFromExcelSerial(59.5, 'dateTime')!)).toBe('1900-02-28T12:00:00');
  });

  it('writes back the serial Excel expects', () => {
    expect(excelSerialFromDate(dateFromIso('1970-01-01')!)).toBe(25569);
    expect(excelSerialFromDate(dateFromIso('1900-02-28')!)).toBe(59);
    expect(excelSerialFromDate(dateFromIso('1900-03-01')!)).toBe(61);
    expect(excelSerialFromDate(dateFromIso('2023-02-06T18:00')!)).toBe(44963.75);
    expect(excelSerialFromDate(dateFromIso('1899-12-31')!)).toBeNaN();
  });

  it('round-trips every whole serial but the phantom day (property)', () => {
    const serial = fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60);
    fc.assert(
      fc.property(serial, (s) => {
        expect(excelSerialFromDate(dateFromExcelSerial(s, 'date')!)).toBe(s);
      }),
    );
  });

  it('round-trips date-time serials to the millisecond (property)', () => {
    const ms = fc
      .integer({ min: DAY_MS, max: 2958465 * DAY_MS })
      .filter((m) => m < 60 * DAY_MS || m >= 61 * DAY_MS);
    fc.assert(
      fc.property(ms, (m) => {
        const back = excelSerialFromDate(dateFromExcelSerial(m / DAY_MS, 'dateTime')!);
        expect(Math.abs(back * DAY_MS - m)).toBeLessThan(1);
      }),
    );
  });
});

import { formatText } from '../../../src/excel-sim/model/formatText';

/** A serial date-time: days since 1899-12-30 plus the fraction of the day. */
function serial(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return (Date.UTC(y, mo - 1, d) - Date.UTC(1899, 11, 30)) / 86400000 + (h * 3600 + mi * 60 + s) / 86400;
}
const AFTERNOON = serial(2023, 2, 6, 16, 36, 3); // Monday 6 February 2023, 4:36:03 PM
const MORNING = serial(2023, 2, 6, 9, 5, 7);
const duration = (h: number, m: number, s: number): number => (h * 3600 + m * 60 + s) / 86400;

describe('Range.text', () => {
  test.each([
    [12, 'General', '12'],
    [0.1 + 0.2, 'General', '0.3'],
    [1234.5, '#,##0.00', '1,234.50'],
    [0.685, '0%', '69%'],
    [44963, 'dd/mm/yyyy', '06/02/2023'],
    [44963.4375, 'd mmm yyyy h:mm', '6 Feb 2023 10:30'],
    [true, 'General', 'TRUE'],
    ['=literal', '@', '=literal'],
  ])('%j as %j is %j', (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });
});

// Excel's date and time codes ("Format numbers as dates or times", support.microsoft.com): "m" or "mm"
// right after "h"/"hh" or right before "ss" is minutes, otherwise the month.
describe('date and time codes, as Excel documents them', () => {
  test.each([
    // The Audit sheet's own formats (workbookFormat.ts).
    [AFTERNOON, 'yyyy-mm-dd', '2023-02-06'],
    [AFTERNOON, 'yyyy-mm-dd hh:mm', '2023-02-06 16:36'],
    [MORNING, 'yyyy-mm-dd hh:mm', '2023-02-06 09:05'],
    // Months.
    [AFTERNOON, 'm', '2'],
    [AFTERNOON, 'mm', '02'],
    [AFTERNOON, 'mmm', 'Feb'],
    [AFTERNOON, 'mmmm', 'February'],
    [AFTERNOON, 'mmmmm', 'F'],
    [AFTERNOON, 'ddd dddd', 'Mon Monday'],
    [AFTERNOON, 'yy', '23'],
    // Minutes: after an hour, before seconds, with literals between.
    [AFTERNOON, 'h:mm', '16:36'],
    [MORNING, 'h:m', '9:5'],
    [AFTERNOON, 'hh "h" mm', '16 h 36'],
    [AFTERNOON, 'mm:ss', '36:03'],
    [MORNING, 'm:s', '5:7'],
    [AFTERNOON, 'h:mm:ss', '16:36:03'],
    // Not next to an hour or seconds: the month, even in a time-looking format.
    [AFTERNOON, 'hh dd mm', '16 06 02'],
    [AFTERNOON, 'mm/dd/yyyy hh:mm', '02/06/2023 16:36'],
    // 12-hour clock.
    [AFTERNOON, 'h AM/PM', '4 PM'],
    [AFTERNOON, 'h:mm AM/PM', '4:36 PM'],
    [MORNING, 'hh:mm am/pm', '09:05 AM'],
    [AFTERNOON, 'h:mm:ss A/P', '4:36:03 P'],
    [serial(2023, 2, 6, 0, 15), 'h:mm AM/PM', '12:15 AM'],
    [serial(2023, 2, 6, 12, 15), 'h:mm AM/PM', '12:15 PM'],
    // Elapsed time goes past 24 hours and 60 minutes.
    [1 + duration(1, 2, 0), '[h]:mm', '25:02'],
    [duration(1, 3, 46), '[mm]:ss', '63:46'],
    [duration(1, 2, 15), '[ss]', '3735'],
    // Colour and locale codes are not text.
    [AFTERNOON, '[$-409]h:mm AM/PM', '4:36 PM'],
  ])('%d as %j is %j', (value, format, text) => {
    expect(formatText(value, format)).toBe(text);
  });

  test('a colour code does not make a number a date', () => {
    expect(formatText(1234.5, '[Red]0.00')).toBe('1234.5');
  });
});

import { dateTimeParts } from './dates';
import type { DateValue } from './Value';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * ODK's format-date: %Y year, %y two-digit year, %m month 01-12, %n month 1-12, %d day 01-31, %e day 1-31,
 * %H hour 00-23, %h hour 0-23, %M minute, %S second, %a weekday (Mon), %b month (Jan). Names are English,
 * whatever the machine's locale, so the same workbook gives the same text everywhere. Any other character,
 * or % followed by something else, is copied as it is.
 */
export function formatDate(date: DateValue, format: string): string {
  const p = dateTimeParts(date.days);
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format.charAt(i);
    if (ch !== '%' || i + 1 >= format.length) {
      out += ch;
      continue;
    }
    const code = format.charAt(++i);
    switch (code) {
      case 'Y':
        out += String(p.year).padStart(4, '0');
        break;
      case 'y':
        out += two(((p.year % 100) + 100) % 100);
        break;
      case 'm':
        out += two(p.month);
        break;
      case 'n':
        out += String(p.month);
        break;
      case 'd':
        out += two(p.day);
        break;
      case 'e':
        out += String(p.day);
        break;
      case 'H':
        out += two(p.hour);
        break;
      case 'h':
        out += String(p.hour);
        break;
      case 'M':
        out += two(p.minute);
        break;
      case 'S':
        out += two(p.second);
        break;
      case 'a':
        out += DAYS[p.weekday] ?? '';
        break;
      case 'b':
        out += MONTHS[p.month - 1] ?? '';
        break;
      default:
        out += `%${code}`;
    }
  }
  return out;
}

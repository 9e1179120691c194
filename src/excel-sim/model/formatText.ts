import type { CellScalar } from './parseInput';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  return String(Number(n.toPrecision(10)));
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = n.toFixed(decimals);
  if (!grouping) return s;
  const [int, frac] = s.split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dateText(serial: number, format: string): string {
  const d = new Date(EXCEL_EPOCH + Math.round(serial * 86400000));
  const twelve = /AM\/PM/i.test(format);
  const hours = d.getUTCHours();
  const tokens = /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|"[^"]*"|\\.|./gi;
  let lastWasHour = false;
  return format.replace(tokens, (t) => {
    const lower = t.toLowerCase();
    const wasHour = lastWasHour;
    // "mm" right after an hour (literals between) means minutes, as in Excel.
    if (/^[a-z]/.test(lower)) lastWasHour = lower === 'h' || lower === 'hh';
    switch (lower) {
      case 'yyyy':
        return String(d.getUTCFullYear());
      case 'yy':
        return pad(d.getUTCFullYear() % 100);
      case 'mmmm':
        return MONTHS[d.getUTCMonth()]!;
      case 'mmm':
        return MONTHS[d.getUTCMonth()]!.slice(0, 3);
      case 'mm':
        return wasHour ? pad(d.getUTCMinutes()) : pad(d.getUTCMonth() + 1);
      case 'm':
        return wasHour ? String(d.getUTCMinutes()) : String(d.getUTCMonth() + 1);
      case 'dddd':
        return DAYS[d.getUTCDay()]!;
      case 'ddd':
        return DAYS[d.getUTCDay()]!.slice(0, 3);
      case 'dd':
        return pad(d.getUTCDate());
      case 'd':
        return String(d.getUTCDate());
      case 'hh':
        return pad(twelve ? ((hours + 11) % 12) + 1 : hours);
      case 'h':
        return String(twelve ? ((hours + 11) % 12) + 1 : hours);
      case 'ss':
        return pad(d.getUTCSeconds());
      case 's':
        return String(d.getUTCSeconds());
      case 'am/pm':
        return hours < 12 ? 'AM' : 'PM';
      default:
        if (t.startsWith('"')) return t.slice(1, -1);
        if (t.startsWith('\\')) return t.slice(1);
        return t;
    }
  });
}

/**
 * Range.text for the formats the add-in uses: General, text, fixed decimals, thousands, percentages and
 * date/time patterns. Other formats fall back to General (a documented simplification).
 */
export function formatText(value: CellScalar, format: string): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const section = format.split(';')[0]!;
  if (section === 'General' || section === '@' || section === '') return general(value);
  const pct = /^0(?:\.(0+))?%$/.exec(section);
  if (pct) return `${fixed(value * 100, pct[1]?.length ?? 0, false)}%`;
  const num = /^(#,##)?0(?:\.(0+))?$/.exec(section);
  if (num) return fixed(value, num[2]?.length ?? 0, num[1] !== undefined);
  if (/[ydhs]/i.test(section.replace(/"[^"]*"/g, '')) || /^m+$/i.test(section))
    return dateText(value, section);
  return general(value);
}

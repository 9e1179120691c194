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

const TOKENS = /\[(?:h+|m+|s+)\]|\[[^\]]*\]|yyyy|yy|m{1,5}|d{1,4}|hh?|ss?|AM\/PM|A\/P|"[^"]*"|\\.|./gi;
const isCode = (t: string): boolean => /^(?:\[[hms]+\]|[ymdhs])/i.test(t) && !/^\[[^hms]/i.test(t);
const isHour = (t: string): boolean => /^\[?h/i.test(t);
const isSecond = (t: string): boolean => /^\[?s/i.test(t);

/**
 * Which "m"/"mm" tokens are minutes. Excel's rule: m or mm right after h/hh (or [h]), or right before ss,
 * means minutes; anywhere else the month. "Right" skips literals (":", " ", quoted text) but no other code.
 */
function minuteTokens(tokens: readonly string[]): Set<number> {
  const codes = tokens.flatMap((t, i) => (isCode(t) ? [i] : []));
  const minutes = new Set<number>();
  codes.forEach((i, k) => {
    if (!/^m{1,2}$/i.test(tokens[i]!)) return;
    const before = k > 0 ? tokens[codes[k - 1]!]! : '';
    const after = k + 1 < codes.length ? tokens[codes[k + 1]!]! : '';
    if (isHour(before) || isSecond(after)) minutes.add(i);
  });
  return minutes;
}

function dateText(serial: number, format: string): string {
  const ms = Math.round(serial * 86400000);
  const d = new Date(EXCEL_EPOCH + ms);
  const twelve = /AM\/PM|A\/P/i.test(format);
  const hours = d.getUTCHours();
  const hour12 = ((hours + 11) % 12) + 1;
  // Elapsed time ([h]:mm) counts from the serial's zero, not the time of day: 1.5 days is 36 hours.
  const elapsedSeconds = Math.floor(Math.abs(ms) / 1000);
  const tokens = format.match(TOKENS) ?? [];
  const minutes = minuteTokens(tokens);
  return tokens
    .map((t, i) => {
      const lower = t.toLowerCase();
      if (minutes.has(i)) return lower === 'mm' ? pad(d.getUTCMinutes()) : String(d.getUTCMinutes());
      switch (lower) {
        case 'yyyy':
          return String(d.getUTCFullYear());
        case 'yy':
          return pad(d.getUTCFullYear() % 100);
        case 'mmmmm':
          return MONTHS[d.getUTCMonth()]!.slice(0, 1);
        case 'mmmm':
          return MONTHS[d.getUTCMonth()]!;
        case 'mmm':
          return MONTHS[d.getUTCMonth()]!.slice(0, 3);
        case 'mm':
          return pad(d.getUTCMonth() + 1);
        case 'm':
          return String(d.getUTCMonth() + 1);
        case 'dddd':
          return DAYS[d.getUTCDay()]!;
        case 'ddd':
          return DAYS[d.getUTCDay()]!.slice(0, 3);
        case 'dd':
          return pad(d.getUTCDate());
        case 'd':
          return String(d.getUTCDate());
        case 'hh':
          return pad(twelve ? hour12 : hours);
        case 'h':
          return String(twelve ? hour12 : hours);
        case 'ss':
          return pad(d.getUTCSeconds());
        case 's':
          return String(d.getUTCSeconds());
        case 'am/pm':
          return hours < 12 ? 'AM' : 'PM';
        case 'a/p':
          return hours < 12 ? 'A' : 'P';
        default:
          break;
      }
      const elapsed = /^\[(h+|m+|s+)\]$/i.exec(t);
      if (elapsed) {
        const unit = elapsed[1]!;
        const divisor = /^h/i.test(unit) ? 3600 : /^m/i.test(unit) ? 60 : 1;
        return String(Math.floor(elapsedSeconds / divisor)).padStart(unit.length, '0');
      }
      if (t.startsWith('[')) return ''; // a colour or locale code: not text
      if (t.startsWith('"')) return t.slice(1, -1);
      if (t.startsWith('\\')) return t.slice(1);
      return t;
    })
    .join('');
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
  // Quoted text and colour/locale codes ([Red], [$-409]) say nothing about dates; elapsed codes ([h]) do.
  const codes = section.replace(/"[^"]*"|\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/[ydhs]/i.test(codes) || /^m+$/i.test(codes)) return dateText(value, section);
  return general(value);
}

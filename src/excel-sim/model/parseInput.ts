import { SimError } from '../SimError';
import { evaluateFormula, isFormulaSyntax } from './formula';

/** What a cell holds: '' is empty, as Range.values reads an empty cell. */
export type CellScalar = string | number | boolean;

export interface CellContent {
  readonly value: CellScalar;
  readonly formula?: string;
  /** A number format Excel applies by itself when it recognises a percentage, date or time. */
  readonly autoFormat?: string;
}

const EMPTY: CellContent = { value: '' };
const NUMBER = /^-?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function numeric(text: string): number | undefined {
  const t = text.trim();
  if (t === '' || !NUMBER.test(t) || !/\d/.test(t)) return undefined;
  return Number(t.replace(/,/g, ''));
}

/** Date serial (days since 1899-12-30, Excel's 1900 system for dates after 1900-03-01). */
function serial(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day)
    return undefined;
  return Math.round((ms - EXCEL_EPOCH) / 86400000);
}

/** Dates and times Excel (en-GB) recognises when typed: 2024-03-05, 05/03/2024, 14:30. */
function dateOrTime(text: string): CellContent | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const s = serial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return s === undefined ? undefined : { value: s, autoFormat: 'yyyy-mm-dd' };
  }
  const uk = UK_DATE.exec(text);
  if (uk) {
    const s = serial(Number(uk[3]), Number(uk[2]), Number(uk[1]));
    return s === undefined ? undefined : { value: s, autoFormat: 'dd/mm/yyyy' };
  }
  const time = TIME.exec(text);
  if (time) {
    const [h, m, s] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    if (h > 23 || m > 59 || s > 59) return undefined;
    return { value: (h * 3600 + m * 60 + s) / 86400, autoFormat: time[3] ? 'h:mm:ss' : 'h:mm' };
  }
  return undefined;
}

function formula(text: string): CellContent {
  return { value: evaluateFormula(text), formula: text };
}

/**
 * How Excel stores what is written to Range.values (or typed into a cell): the "formula rule".
 * - Text-formatted cells ("@") keep strings literally.
 * - "=..." is a formula; Excel rejects one it cannot parse with InvalidArgument.
 * - "+..."/"-..."/"@..." that parse as a formula become one ("-2+3" is =-2+3, "- see notes" is =- see notes).
 * - "12", "1,234.5", "50%", "TRUE", dates and times become numbers/booleans.
 * - A leading apostrophe forces text and is not part of the value.
 */
export function parseInput(raw: unknown, textFormat: boolean, where: () => string): CellContent {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw invalid(where(), `${raw} is not a number Excel can store`);
    return { value: raw };
  }
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw !== 'string')
    throw invalid(
      where(),
      `a ${raw === undefined ? 'missing value' : typeof raw} cannot be written to a cell`,
    );
  if (raw === '') return EMPTY;
  if (textFormat) return { value: raw };
  const first = raw[0];
  // Fast path for ordinary text: a letter first can only make TRUE/FALSE (or an ISO-less date, which Excel
  // does not read either). Bulk writes of 100,000 rows are mostly this.
  const code = raw.charCodeAt(0);
  if (((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) && raw.length !== 4 && raw.length !== 5) {
    return { value: raw };
  }
  if (first === "'") return { value: raw.slice(1) };
  if (first === '=' && raw.length > 1) {
    if (!isFormulaSyntax(raw))
      throw invalid(where(), `"${raw}" starts with "=" but is not a formula Excel can read`);
    return formula(raw);
  }
  const n = numeric(raw);
  if (n !== undefined) return { value: n };
  const pct = /^(.*\d)\s*%$/.exec(raw.trim());
  if (pct) {
    const p = numeric(pct[1]!);
    if (p !== undefined) return { value: p / 100, autoFormat: '0%' };
  }
  if (/^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toUpperCase() === 'TRUE' };
  const when = dateOrTime(raw.trim());
  if (when) return when;
  if ((first === '+' || first === '-' || first === '@') && raw.length > 1) {
    const asFormula = first === '@' ? `=${raw.slice(1)}` : `=${raw}`;
    if (isFormulaSyntax(asFormula)) return formula(asFormula);
  }
  return { value: raw };
}

function invalid(where: string, why: string): SimError {
  return new SimError('InvalidArgument', { location: 'Range.values', statement: `${where}: ${why}` });
}

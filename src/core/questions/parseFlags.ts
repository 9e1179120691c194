import type { ChartKind } from './QuestionSet';
import { closestMatch } from './closestMatch';

const YES = new Set(['yes', 'true', 'true()', '1']);
const NO = new Set(['', 'no', 'false', 'false()', '0']);

/** `required`, `read_only`: 'yes' | 'no' | 'expression' (the text is neither, so it must be XPath). */
export function yesNo(text: string): 'yes' | 'no' | 'expression' {
  const lower = text.toLowerCase();
  if (YES.has(lower)) return 'yes';
  if (NO.has(lower)) return 'no';
  return 'expression';
}

const CHARTS: readonly ChartKind[] = ['bar', 'column', 'pie', 'none'];

export function parseChart(
  text: string,
): { ok: true; chart: ChartKind | null } | { ok: false; message: string } {
  if (text === '') return { ok: true, chart: null };
  const lower = text.toLowerCase();
  const chart = CHARTS.find((c) => c === lower);
  if (chart !== undefined) return { ok: true, chart };
  const suggestion = closestMatch(lower, CHARTS);
  return {
    ok: false,
    message:
      `'${text}' is not a chart kind.${suggestion === null ? '' : ` Did you mean '${suggestion}'?`} ` +
      `Use one of: ${CHARTS.join(', ')}, or leave it blank.`,
  };
}

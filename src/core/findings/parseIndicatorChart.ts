import { closestMatch } from '../questions/closestMatch';

/** The charts an indicator may ask for: its percentage as one bar among the other charted indicators. */
export type IndicatorChart = 'bar' | 'column';

const KINDS = ['bar', 'column', 'none'] as const;

/**
 * An indicator's `chart` cell. Blank and 'none' mean no chart. 'pie' is refused rather than drawn: each
 * indicator is a share of its own denominator, so a pie of several indicators would not add up to a whole.
 */
export function parseIndicatorChart(
  text: string,
): { ok: true; chart: IndicatorChart | null } | { ok: false; message: string } {
  const lower = text.trim().toLowerCase();
  if (lower === '' || lower === 'none') return { ok: true, chart: null };
  if (lower === 'bar' || lower === 'column') return { ok: true, chart: lower };
  const use = `Use one of: ${KINDS.join(', ')}, or leave it blank.`;
  if (lower === 'pie') {
    return {
      ok: false,
      message: `An indicator cannot have a pie chart: each indicator is a share of its own total, so a pie of several would not add up. ${use}`,
    };
  }
  const suggestion = closestMatch(lower, KINDS);
  return {
    ok: false,
    message: `'${text}' is not a chart kind.${suggestion === null ? '' : ` Did you mean '${suggestion}'?`} ${use}`,
  };
}

import { formatPercent } from './percent';

/**
 * The report's sentence for an indicator: "<numerator> (<percent>) of <denominator> <label>", so the label
 * is written to read on from the number of cases, e.g. "cases were screened within 24 hours" gives
 * "65 (98%) of 66 cases were screened within 24 hours". One rule, no grammar guessing: whoever writes the
 * label sees exactly the sentence they will get. A suppressed count is 'c' and its percentage is left out;
 * an empty denominator says so rather than printing 0%.
 */
export function indicatorSentence(
  label: string,
  numerator: number | 'c',
  denominator: number | 'c',
  pct: number | null,
  decimals = 0,
): string {
  const text = label.trim();
  if (denominator === 0) return `0 of 0 ${text} (no cases to count)`;
  const share = pct === null ? '' : ` (${formatPercent(pct, decimals)})`;
  return `${numerator}${share} of ${denominator} ${text}`;
}

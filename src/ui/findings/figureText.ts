import type { Count } from '../../core/findings/Findings';
import { formatPercent } from '../../core/findings/percent';

/** A published percentage, or a dash where there is none (empty denominator, or it would reveal a 'c'). */
export function percentText(count: Count, decimals: number): string {
  return count.percent === null ? '–' : formatPercent(count.percent, decimals);
}

/** An indicator's figures as "n = 21 · N = 31 · 68%": the published n, never the size of its case set. */
export function indicatorFigures(numerator: Count, denominator: Count, decimals: number): string {
  return `n = ${numerator.n} · N = ${denominator.n} · ${percentText(numerator, decimals)}`;
}

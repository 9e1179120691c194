/**
 * n as a percentage of d, rounded half up to `decimals` places; null when d is 0 (no percentage of nothing).
 * Integer arithmetic, because 100 * 39 / 43 in floating point sits a hair off the true value and
 * Math.round(x * 10) / 10 then rounds some exact halves the wrong way.
 */
export function percent(n: number, d: number, decimals = 0): number | null {
  if (d <= 0) return null;
  const scale = 10 ** decimals;
  // floor((2 * n * 100 * scale + d) / (2 * d)) is round-half-up of n * 100 * scale / d.
  const scaled = Math.floor((2 * n * 100 * scale + d) / (2 * d));
  return scaled / scale;
}

/** A percentage as the report writes it: 68%, or 67.7% with one decimal (trailing zeros kept: 50.0%). */
export function formatPercent(value: number, decimals = 0): string {
  return `${value.toFixed(decimals)}%`;
}

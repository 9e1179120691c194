import { cell, suppress } from '../findings/suppression';

export interface PublishedGroup {
  readonly parts: readonly (number | 'c')[];
  readonly total: number | 'c';
}

/**
 * Counts that add up to a total (cases by status, escalations by status), published with the engine's
 * suppression rules when a threshold is given: small counts become 'c', and so does whatever else would let
 * one be worked out from the total.
 */
export function publishGroup(values: readonly number[], threshold: number | null): PublishedGroup {
  const parts = values.map((v) => cell(v));
  const total = cell(values.reduce((a, b) => a + b, 0));
  if (threshold !== null) suppress([total, ...parts], [{ total, parts }], threshold);
  const shown = (c: { value: number; hidden: boolean }): number | 'c' => (c.hidden ? 'c' : c.value);
  return { parts: parts.map(shown), total: shown(total) };
}

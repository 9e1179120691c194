export type ParsedShare =
  { readonly kind: 'ok'; readonly share: number } | { readonly kind: 'invalid'; readonly message: string };

/** "10" or "10%" is 0.1 of the completed cases; the lead thinks in percentages, the core in fractions. */
export function parseShare(text: string): ParsedShare {
  const plain = text.trim().replace(/%$/, '').trim();
  const percent = /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : NaN;
  if (!(percent > 0 && percent <= 100))
    return {
      kind: 'invalid',
      message: `Enter the share of completed cases to moderate as a percentage more than 0 and at most 100 (for example 10)${plain ? `, not "${text.trim()}"` : ''}.`,
    };
  // Divided as decimals, not floats: 7 / 100 is 0.07 exactly as typed, which the core then takes to six places.
  return { kind: 'ok', share: Number((percent / 100).toFixed(8)) };
}

import type { SampleRequest } from '../../core/sampling/SampleResult';

/** What the lead typed in the Draw sample step. */
export interface SampleForm {
  readonly mode: 'total' | 'perGroup';
  readonly total: string;
  readonly column: string;
  /** Typed number per group value; blank or 0 leaves the group out. */
  readonly sizes: Readonly<Record<string, string>>;
}

export type ParsedRequest =
  | { readonly kind: 'ok'; readonly request: SampleRequest }
  | { readonly kind: 'invalid'; readonly message: string };

/** "80" and "1,000" are numbers; "80.5", "-3" and "eighty" are not, and are refused rather than rounded. */
function wholeNumber(text: string): number | null {
  const plain = text.trim().replace(/,/g, '');
  return /^\d+$/.test(plain) ? Number(plain) : null;
}

/** The request to draw, or what to fix in the form, checked before anything is asked of the workbook. */
export function sampleRequest(form: SampleForm): ParsedRequest {
  if (form.mode === 'total') {
    const size = wholeNumber(form.total);
    if (size === null || size < 1)
      return {
        kind: 'invalid',
        message: `Enter how many cases to draw as a whole number of 1 or more${form.total.trim() ? `, not "${form.total.trim()}"` : ''}.`,
      };
    return { kind: 'ok', request: { kind: 'total', size } };
  }
  if (form.column === '')
    return { kind: 'invalid', message: 'Choose the Case list column to draw a number from each value of.' };
  const sizes: Record<string, number> = {};
  for (const [value, text] of Object.entries(form.sizes)) {
    if (text.trim() === '') continue;
    const size = wholeNumber(text);
    const name = value === '' ? '(blank)' : `"${value}"`;
    if (size === null)
      return {
        kind: 'invalid',
        message: `The number for ${form.column} ${name} must be a whole number, not "${text.trim()}".`,
      };
    if (size > 0) sizes[value] = size;
  }
  if (Object.keys(sizes).length === 0)
    return {
      kind: 'invalid',
      message: `Enter how many cases to draw for at least one value of ${form.column}.`,
    };
  return { kind: 'ok', request: { kind: 'perGroup', column: form.column, sizes } };
}

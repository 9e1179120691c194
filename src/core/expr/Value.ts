/**
 * A value in the expression language, as in ODK: an unanswered question is the empty string,
 * a select_multiple answer is its choice names separated by single spaces, and dates carry their
 * kind so that `format-date` and comparisons know them, while arithmetic sees days since 1970-01-01 UTC
 * (fractional for times), which is what makes `${screened} - ${received} <= 1` mean "within 24 hours".
 */
export type Value = string | number | boolean | DateValue;

export interface DateValue {
  readonly kind: 'date' | 'dateTime';
  /** Days since 1970-01-01T00:00Z; whole for dates, fractional for date-times. */
  readonly days: number;
}

export function isDateValue(value: unknown): value is DateValue {
  return typeof value === 'object' && value !== null && 'days' in value && 'kind' in value;
}

export type NumberInput =
  { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly message: string };

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * What the auditor typed into a number box. Text is kept as typed and never rounded or guessed at:
 * '1,5' or '3 months' is refused with a message rather than saved as something else.
 */
export function parseNumberInput(text: string, integer: boolean): NumberInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  if (integer && !INTEGER.test(trimmed)) {
    return { ok: false, message: 'Not saved: enter a whole number, for example 3.' };
  }
  if (!integer && !DECIMAL.test(trimmed)) {
    return { ok: false, message: 'Not saved: enter a number using digits and a full stop, for example 2.5.' };
  }
  return { ok: true, value: Number(trimmed) };
}

import type { Answer } from '../cases/CaseEvaluation';

/** '' stands for a blank answer; as a kappa category it shows as "(blank)". */
export const BLANK = '';

/** Choice names ticked in a select_multiple answer (a stray text answer is read as space-separated names). */
export function ticked(answer: Answer): Set<string> {
  if (answer === null) return new Set();
  if (Array.isArray(answer)) return new Set(answer as readonly string[]);
  if (typeof answer === 'string') return new Set(answer.split(/\s+/).filter((s) => s !== ''));
  return new Set([answerKey(answer)]);
}

/**
 * An answer as text that is equal exactly when two answers agree: text trimmed, numbers by value, dates by
 * kind and day, a select_multiple as its set of choices (order and repeats do not matter).
 */
export function answerKey(answer: Answer): string {
  if (answer === null) return BLANK;
  if (typeof answer === 'string') return answer.trim();
  if (typeof answer === 'number') return String(answer);
  if (Array.isArray(answer)) return [...ticked(answer)].sort().join(' ');
  const date = answer as { kind: string; days: number };
  return `${date.kind}:${date.days}`;
}

import { within } from '@testing-library/react';

/**
 * The queries scoped to one question's block. Role queries over a whole Fluent pane are slow in jsdom
 * (every node's computed role and name), so tests find the question first and query inside it.
 */
export function questionBox(name: string) {
  const box = document.querySelector<HTMLElement>(`[data-question="${name}"]`);
  if (!box) throw new Error(`Question ${name} is not on screen.`);
  return within(box);
}

export const isOnScreen = (name: string) => document.querySelector(`[data-question="${name}"]`) !== null;

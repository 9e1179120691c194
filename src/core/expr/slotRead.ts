import type { SlotEnvironment } from './Expression';
import type { Thunk } from './functions/FunctionDefinition';

/** The slot each bound `${name}` closure reads, so that a comparison with it can read the slot itself. */
const slots = new WeakMap<Thunk, number>();

/** `${name}` bound to `env.values[slot]` (bindExpression). */
export function slotRead(slot: number): Thunk {
  const read: Thunk = (env) => (env as SlotEnvironment).values[slot] ?? '';
  slots.set(read, slot);
  return read;
}

/** The slot `thunk` reads, when slotRead made it. */
export function slotOf(thunk: Thunk): number | undefined {
  return slots.get(thunk);
}

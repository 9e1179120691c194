import type { SlotEnvironment } from '../expr/Expression';
import type { Value } from '../expr/Value';

/**
 * What a case's expressions see: the case's value array, which the plan's bound expressions read by slot,
 * and `${name}` through the plan's name slots for an expression that was not bound.
 */
export class CaseEnvironment implements SlotEnvironment {
  dot: Value = '';
  constructor(
    /** Slot of each question name: a prototype-less object, whose lookups cost less than a Map's. */
    private readonly slots: Readonly<Record<string, number | undefined>>,
    readonly values: readonly Value[],
    readonly now: () => Date,
  ) {}

  ref(name: string): Value {
    const slot = this.slots[name];
    return slot === undefined ? '' : (this.values[slot] ?? '');
  }
}

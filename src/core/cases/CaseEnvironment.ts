import type { Environment } from '../expr/Expression';
import type { Value } from '../expr/Value';

/** What a case's expressions see: `${name}` reads the case's value array through the plan's name slots. */
export class CaseEnvironment implements Environment {
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

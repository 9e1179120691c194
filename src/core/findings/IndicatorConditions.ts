import { isCompiled } from '../expr/bindExpression';
import { toBoolean } from '../expr/coerce';
import type { CompiledExpression } from '../expr/Expression';
import type { Value } from '../expr/Value';
import type { Indicator } from './Indicator';
import type { IndicatorTally } from './tallies';

/** A compiled or bound expression, evaluated in the environment it was made for. */
export interface Evaluable<E> {
  evaluate(env: E): Value;
}

/**
 * The numerators and denominators of a run's indicators, each distinct text evaluated at most once per
 * case: indicators share denominators ("re-referrals") and repeat conditions, and 100,000 cases x 30
 * indicators is millions of evaluations. Evaluation is lazy, as before: a numerator is evaluated only for
 * a case in its denominator. Expressions are only merged when compileExpression made both, so that the
 * same text means the same closure.
 */
export class IndicatorConditions<E> {
  /** Position in `tests` of each indicator's numerator, and of its denominator (-1: every case). */
  private readonly numerators: Int32Array;
  private readonly denominators: Int32Array;
  private readonly tests: Evaluable<E>[] = [];
  /** The case each test last ran for, and what it gave then. */
  private readonly ranFor: Float64Array;
  private readonly held: Uint8Array;
  private run = 0;

  constructor(indicators: readonly Indicator[], prepare: (expression: CompiledExpression) => Evaluable<E>) {
    const positions = new Map<CompiledExpression | string, number>();
    const position = (e: CompiledExpression): number => {
      const key = isCompiled(e) ? e.source : e;
      let at = positions.get(key);
      if (at === undefined) {
        at = this.tests.push(prepare(e)) - 1;
        positions.set(key, at);
      }
      return at;
    };
    this.numerators = Int32Array.from(indicators, (i) => position(i.numerator));
    this.denominators = Int32Array.from(indicators, (i) => (i.denominator ? position(i.denominator) : -1));
    this.ranFor = new Float64Array(this.tests.length).fill(-1);
    this.held = new Uint8Array(this.tests.length);
  }

  /** Adds case `i` to the denominator and numerator tallies (in indicator order) of the indicators it meets. */
  count(i: number, env: E, tallies: readonly IndicatorTally[]): void {
    const run = ++this.run;
    for (let k = 0; k < tallies.length; k++) {
      const d = this.denominators[k]!;
      if (d >= 0 && !this.holds(d, env, run)) continue;
      const t = tallies[k]!;
      t.denominator.add(i);
      if (this.holds(this.numerators[k]!, env, run)) t.numerator.add(i);
    }
  }

  private holds(test: number, env: E, run: number): boolean {
    if (this.ranFor[test] === run) return this.held[test] === 1;
    const held = toBoolean(this.tests[test]!.evaluate(env));
    this.ranFor[test] = run;
    this.held[test] = held ? 1 : 0;
    return held;
  }
}

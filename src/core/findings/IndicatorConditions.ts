import { isCompiled } from '../expr/bindExpression';
import { toBoolean } from '../expr/coerce';
import type { CompiledExpression } from '../expr/Expression';
import type { Value } from '../expr/Value';
import type { CaseSet } from './CaseSet';
import type { Indicator } from './Indicator';
import type { ChoiceTable, Tabulator } from './ChoiceTable';
import { TestResults } from './TestResults';

/** A compiled or bound expression, evaluated in the environment it was made for. */
export interface Evaluable<E> {
  evaluate(env: E): Value;
}

/** One indicator's cases: those in its denominator, and those of them in its numerator. */
export interface IndicatorTally {
  readonly indicator: Indicator;
  readonly numerator: CaseSet;
  readonly denominator: CaseSet;
}

/**
 * The numerators and denominators of a run's indicators. Each distinct text is a test, evaluated at most
 * once per case: indicators share denominators ("re-referrals") and repeat conditions, and 100,000 cases x
 * 30 indicators is millions of evaluations. A case leaves one result per test (TestResults) and the
 * indicators' counts and sets are made from those at the end, so a case costs its tests and nothing per
 * indicator. Evaluation stays lazy: a numerator is evaluated only for a case in the denominator of some
 * indicator that uses it. Expressions are only merged when compileExpression made both, so that the same
 * text means the same closure.
 */
export class IndicatorConditions<E> {
  /** Position in `tests` of each indicator's numerator, and of its denominator (-1: every case). */
  private readonly numerators: Int32Array;
  private readonly denominators: Int32Array;
  private readonly tests: Evaluable<E>[] = [];
  /** Each test's table, when `tabulator` could make one (then a case looks its result up). */
  private readonly tables: (ChoiceTable | null)[] = [];
  /** Tests every case runs: each denominator, and numerators of indicators without one. */
  private readonly always: Int32Array;
  /** The other tests, each with the denominators of which one must hold for it to run. */
  private readonly gated: Int32Array;
  private readonly gates: Int32Array[];
  private readonly results: TestResults;

  constructor(
    private readonly indicators: readonly Indicator[],
    prepare: (expression: CompiledExpression) => Evaluable<E>,
    private readonly tabulator: Tabulator<E> | null = null,
  ) {
    const positions = new Map<CompiledExpression | string, number>();
    const position = (e: CompiledExpression): number => {
      const key = isCompiled(e) ? e.source : e;
      let at = positions.get(key);
      if (at === undefined) {
        const test = prepare(e);
        at = this.tests.push(test) - 1;
        this.tables.push(tabulator === null ? null : tabulator.table(e, test));
        positions.set(key, at);
      }
      return at;
    };
    this.numerators = Int32Array.from(indicators, (i) => position(i.numerator));
    this.denominators = Int32Array.from(indicators, (i) => (i.denominator ? position(i.denominator) : -1));
    const always = new Set<number>();
    const gates = new Map<number, Set<number>>();
    indicators.forEach((_, k) => {
      const d = this.denominators[k]!;
      if (d >= 0) always.add(d);
      else always.add(this.numerators[k]!);
    });
    indicators.forEach((_, k) => {
      const n = this.numerators[k]!;
      if (always.has(n)) return;
      if (!gates.has(n)) gates.set(n, new Set());
      gates.get(n)!.add(this.denominators[k]!);
    });
    // Denominators first, so that a gated test finds its gates' results for this case already written.
    this.always = Int32Array.from(always);
    this.gated = Int32Array.from(gates.keys());
    this.gates = [...gates.values()].map((g) => Int32Array.from(g));
    this.results = new TestResults(this.tests.length);
  }

  /** Records the tests of case `i`; cases are counted in order from 0. */
  count(i: number, env: E): void {
    const results = this.results;
    results.start(i);
    const codes = this.tabulator === null ? null : this.tabulator.read(env);
    // Results are written as 0 or 1 rather than branched on: they vary from case to case, so a branch
    // on them is mispredicted about as often as not.
    for (let k = 0; k < this.always.length; k++) {
      const t = this.always[k]!;
      results.put(t, this.held(t, env, codes));
    }
    for (let k = 0; k < this.gated.length; k++) {
      const t = this.gated[k]!;
      const gates = this.gates[k]!;
      let open = 0;
      for (let g = 0; g < gates.length; g++) open |= results.bit(gates[g]!);
      // A test that did not run reads as failed: every indicator using it has a denominator that failed.
      // One with a table is looked up anyway (it costs less than the branch); any other runs only if open.
      const table = this.tables[t]!;
      if (table !== null && codes !== null) {
        const looked = table.lookup(codes);
        if (looked >= 0) {
          results.put(t, looked & open);
          continue;
        }
      }
      if (open === 1) results.put(t, this.held(t, env, codes));
    }
  }

  /** 1 when test `t` holds for this case, else 0: from its table when it has one that knows the answers. */
  private held(t: number, env: E, codes: Int32Array | null): number {
    const table = this.tables[t]!;
    const looked = table === null || codes === null ? -1 : table.lookup(codes);
    if (looked >= 0) return looked;
    return toBoolean(this.tests[t]!.evaluate(env)) ? 1 : 0;
  }

  /** Every indicator's sets over the cases counted so far. */
  tallies(): IndicatorTally[] {
    return this.indicators.map((indicator, k) => {
      const d = this.denominators[k]!;
      return {
        indicator,
        denominator: this.results.set(d, -1),
        numerator: this.results.set(this.numerators[k]!, d),
      };
    });
  }
}

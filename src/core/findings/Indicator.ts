import type { CompiledExpression } from '../expr/Expression';
import type { IndicatorChart } from './parseIndicatorChart';

/**
 * A headline figure from the indicators sheet: the cases where `numerator` holds, out of the cases where
 * `denominator` holds (every included case when the denominator is blank).
 */
export interface Indicator {
  readonly name: string;
  /** Reads on from "21 (68%) of 31 …": e.g. "re-referrals came within 0-3 months". */
  readonly label: string;
  readonly numerator: CompiledExpression;
  readonly denominator: CompiledExpression | null;
  /** The `chart` column: its percentage joins the Findings sheet's indicators chart. Absent or null: no chart. */
  readonly chart?: IndicatorChart | null;
  /** Where the indicator is defined, so messages can point at it. */
  readonly source: {
    readonly sheet: string;
    readonly row: number;
    readonly cells: Readonly<Record<string, string>>;
  };
}

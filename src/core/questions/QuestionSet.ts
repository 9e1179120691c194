import type { CompiledExpression } from '../expr/Expression';

/** The XLSForm types we support; anything else in a `type` cell is an error naming that cell. */
export type QuestionType =
  | 'select_one'
  | 'select_multiple'
  | 'text'
  | 'integer'
  | 'decimal'
  | 'date'
  | 'dateTime'
  | 'note'
  | 'calculate';

export type ChartKind = 'bar' | 'column' | 'pie' | 'none';

export interface Choice {
  readonly name: string;
  readonly label: string;
}

/** Where a definition came from, so engine messages can point at the cell to fix. */
export interface SourceRef {
  readonly sheet: string;
  /** 1-based worksheet row of the definition. */
  readonly row: number;
  /** A1 address of each column's cell on that row, by column name (`type`, `relevant`, ...). */
  readonly cells: Readonly<Record<string, string>>;
}

export interface Question {
  readonly name: string;
  readonly type: QuestionType;
  readonly label: string;
  readonly hint: string;
  /** The choice list's name for select questions; '' otherwise. */
  readonly listName: string;
  readonly choices: readonly Choice[];
  /** `yes` becomes an always-true expression; blank is null. */
  readonly required: CompiledExpression | null;
  readonly requiredMessage: string;
  /** This question's own `relevant`; the enclosing groups' conditions are in `groups`. */
  readonly relevant: CompiledExpression | null;
  readonly constraint: CompiledExpression | null;
  readonly constraintMessage: string;
  readonly calculation: CompiledExpression | null;
  readonly defaultValue: string;
  readonly readOnly: boolean;
  readonly appearance: string;
  readonly chart: ChartKind | null;
  readonly grade: string;
  /** Names of the enclosing groups, outermost first. */
  readonly groups: readonly string[];
  /** Columns we do not know, kept as they were. */
  readonly extra: Readonly<Record<string, string>>;
  readonly source: SourceRef;
}

export interface Group {
  readonly name: string;
  readonly label: string;
  readonly relevant: CompiledExpression | null;
  /** Names of the enclosing groups, outermost first. */
  readonly groups: readonly string[];
  readonly source: SourceRef;
}

/** The form as a tree, in sheet order, for the task pane to walk group by group. */
export type FormItem =
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'group'; readonly group: Group; readonly items: readonly FormItem[] };

export interface QuestionSet {
  readonly title: string;
  readonly version: string;
  /** Every row of the settings sheet, by name (form_title, version, rounding, suppression...). */
  readonly settings: Readonly<Record<string, string>>;
  /** Every question (calculations and notes included, groups excluded) in sheet order. */
  readonly questions: readonly Question[];
  readonly groups: readonly Group[];
  readonly items: readonly FormItem[];
  readonly byName: ReadonlyMap<string, Question>;
  /** Calculation names in an order where each comes after everything it references. */
  readonly calculationOrder: readonly string[];
}

import type { Question, QuestionSet } from '../core/questions/QuestionSet';
import {
  AUDIT_FIXED_COLUMNS,
  AUDIT_FIXED_LABELS,
  FORMAT,
  STATUS,
  LAST_SAVED,
  VERSION,
  STATUSES,
} from './workbookFormat';
import { fixedColumnWidth, questionWidth } from './auditWidths';
import { findColumn } from './headerRow';

/** One column of the Audit table as setup wants it. */
export interface AuditColumn {
  readonly name: string;
  /** What a person reads in row 1 above the header. */
  readonly label: string;
  readonly numberFormat: string;
  /** Values offered as an in-cell dropdown, or null. */
  readonly list: readonly string[] | null;
  /** Width in points, set where the column has none of its own (see auditWidths.ts). */
  readonly width: number;
}

/**
 * Text-like answers are formatted as text (`@`) so Excel never reads them as formulas, numbers or dates:
 * a choice label "4-6" (months) would otherwise become the 6th of April.
 */
export function formatForQuestion(question: Question): string {
  switch (question.type) {
    case 'date':
      return FORMAT.date;
    case 'dateTime':
      return FORMAT.dateTime;
    case 'integer':
    case 'decimal':
    case 'calculate':
      return FORMAT.general;
    default:
      return FORMAT.text;
  }
}

function fixedColumn(name: string): AuditColumn {
  const numberFormat = name === LAST_SAVED ? FORMAT.dateTime : name === VERSION ? FORMAT.whole : FORMAT.text;
  return {
    name,
    label: AUDIT_FIXED_LABELS[name] ?? '',
    numberFormat,
    list: name === STATUS ? STATUSES : null,
    width: fixedColumnWidth(name),
  };
}

/** Every column the question set needs, fixed columns first: one per question, notes excepted. */
export function auditColumns(questionSet: QuestionSet): AuditColumn[] {
  const questions = questionSet.questions
    .filter((q) => q.type !== 'note')
    .map((q) => ({
      name: q.name,
      label: q.label || q.name,
      numberFormat: formatForQuestion(q),
      list: q.type === 'select_one' ? q.choices.map((c) => c.label || c.name) : null,
      width: questionWidth(q.type),
    }));
  return [...AUDIT_FIXED_COLUMNS.map(fixedColumn), ...questions];
}

export interface ColumnPlan {
  /** Wanted columns missing from the sheet, to add at the end. */
  readonly add: readonly AuditColumn[];
  /** Columns in the sheet that the question set no longer has: kept, with their answers, and reported. */
  readonly retired: readonly string[];
}

export function planColumns(wanted: readonly AuditColumn[], existing: readonly string[]): ColumnPlan {
  const add = wanted.filter((column) => findColumn(existing, column.name) < 0);
  const retired = existing.filter(
    (name) => name !== '' && !wanted.some((c) => c.name.toLowerCase() === name.toLowerCase()),
  );
  return { add, retired };
}

/**
 * Excel's inline list source is comma-separated and at most 255 characters; a label with a comma cannot
 * be offered that way. null means "no dropdown" (the pane still offers every choice).
 */
export function listSource(values: readonly string[]): string | null {
  if (values.length === 0 || values.some((v) => v.includes(','))) return null;
  const source = values.join(',');
  return source.length <= 255 ? source : null;
}

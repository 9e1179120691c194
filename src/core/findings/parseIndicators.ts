import { compileExpression } from '../expr/compileExpression';
import type { CompiledExpression } from '../expr/Expression';
import type { QuestionSet } from '../questions/QuestionSet';
import { columnCell, readTable, textAt, type TableColumn, type TableRow } from '../questions/readTable';
import type { SheetData, SheetIssue } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import type { Indicator } from './Indicator';
import { parseIndicatorChart } from './parseIndicatorChart';

const COLUMNS = ['name', 'label', 'numerator', 'denominator', 'chart'] as const;
type Column = (typeof COLUMNS)[number];

/**
 * Reads the indicators sheet (name, label, numerator, denominator, and an optional chart). Every problem names the sheet and the
 * cell; a row with a problem is left out rather than guessed at, so no figure is ever computed from a
 * definition the author did not write.
 */
export function parseIndicators(
  sheet: SheetData,
  questionSet: QuestionSet,
): { indicators: Indicator[]; errors: SheetIssue[] } {
  const errors: SheetIssue[] = [];
  const table = readTable(sheet);
  if (table === null) return { indicators: [], errors };
  const cols = new Map<Column, TableColumn>();
  for (const c of table.columns)
    if ((COLUMNS as readonly string[]).includes(c.key)) cols.set(c.key as Column, c);
  for (const key of ['name', 'numerator'] as const) {
    if (!cols.has(key)) {
      errors.push({
        sheet: sheet.name,
        cell: cellAddress(table.headerRow, table.nextColumn),
        message: `The ${sheet.name} sheet has no '${key}' column. Add a column headed '${key}' to row ${table.headerRow}.`,
      });
    }
  }
  if (errors.length > 0) return { indicators: [], errors };
  const indicators: Indicator[] = [];
  const seen = new Map<string, string>();
  for (const row of table.rows) {
    const indicator = readRow(sheet.name, row, cols, questionSet, seen, errors);
    if (indicator) indicators.push(indicator);
  }
  return { indicators, errors };
}

function readRow(
  sheetName: string,
  row: TableRow,
  cols: ReadonlyMap<Column, TableColumn>,
  questionSet: QuestionSet,
  seen: Map<string, string>,
  errors: SheetIssue[],
): Indicator | null {
  const at = (key: Column): string => {
    const col = cols.get(key);
    return col ? columnCell(col, row.row) : '';
  };
  const text = (key: Column): string => textAt(row, cols.get(key));
  const fail = (key: Column, message: string): null => {
    errors.push({ sheet: sheetName, cell: at(key), message });
    return null;
  };
  const name = text('name');
  if (name === '')
    return fail('name', `Row ${row.row} has no name. Give the indicator a short name, e.g. screened_24h.`);
  const earlier = seen.get(name);
  if (earlier !== undefined) {
    return fail(
      'name',
      `The indicator name '${name}' is already used at ${earlier}. Give each indicator its own name.`,
    );
  }
  seen.set(name, at('name'));
  const numerator = compileAt('numerator', text('numerator'), name, questionSet, fail);
  const denominatorText = text('denominator');
  // A blank denominator means every case; a denominator that does not compile means no indicator at all.
  const denominator =
    denominatorText === '' ? null : compileAt('denominator', denominatorText, name, questionSet, fail);
  // A bad chart cell is reported but, like a question's, costs only the chart: the figure itself is sound.
  const chart = parseIndicatorChart(text('chart'));
  if (!chart.ok) fail('chart', `The chart of '${name}': ${chart.message}`);
  if (numerator === null || (denominatorText !== '' && denominator === null)) return null;
  const cells: Record<string, string> = {};
  for (const [key, col] of cols) cells[key] = columnCell(col, row.row);
  return {
    name,
    label: text('label') || name,
    numerator,
    denominator,
    chart: chart.ok ? chart.chart : null,
    source: { sheet: sheetName, row: row.row, cells },
  };
}

/** The compiled expression, or null after reporting why it cannot be used. */
function compileAt(
  key: 'numerator' | 'denominator',
  source: string,
  indicator: string,
  questionSet: QuestionSet,
  fail: (key: Column, message: string) => null,
): CompiledExpression | null {
  if (source === '') {
    fail(key, `The indicator '${indicator}' has no ${key}. Write a condition such as \${source} = 'police'.`);
    return null;
  }
  const compiled = compileExpression(source);
  if (!compiled.ok) {
    fail(
      key,
      `The ${key} of '${indicator}' is not a valid expression: ${compiled.error.message} (at character ${compiled.error.position + 1}).`,
    );
    return null;
  }
  const unknown = compiled.expression.references.find((r) => !questionSet.byName.has(r));
  if (unknown !== undefined) {
    fail(
      key,
      `The ${key} of '${indicator}' refers to \${${unknown}}, which is not a question in the survey. Check the spelling.`,
    );
    return null;
  }
  return compiled.expression;
}

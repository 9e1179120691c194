import type { CompiledExpression } from '../expr/Expression';
import type { SheetData, SheetIssue } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import { alwaysTrue, compileCell, type CellExpression } from './compileCell';
import { isValidName } from './isValidName';
import type { ChoiceList } from './parseChoices';
import { checkMultipleList } from './checkMultipleList';
import { parseChart, yesNo } from './parseFlags';
import { parseTypeCell } from './parseTypeCell';
import { pickColumns, requireColumn } from './pickColumns';
import type { FormItem, Group, Question, SourceRef } from './QuestionSet';
import { readTable, textAt, type Table, type TableRow } from './readTable';

const KNOWN = [
  'type',
  'name',
  'label',
  'hint',
  'required',
  'required_message',
  'relevant',
  'constraint',
  'constraint_message',
  'calculation',
  'default',
  'read_only',
  'appearance',
  'chart',
  'grade',
];
const LOCALIZABLE = ['label', 'hint', 'required_message', 'constraint_message'];

export interface Survey {
  readonly questions: Question[];
  readonly groups: Group[];
  readonly items: FormItem[];
  readonly compiled: CellExpression[];
  /** Names on rows that had errors: references to them are not reported again as unknown. */
  readonly declared: Set<string>;
}

interface OpenGroup {
  readonly group: Group;
  readonly items: FormItem[];
}

/** Reads the survey sheet row by row, reporting every problem it finds rather than stopping at the first. */
export function readSurvey(
  sheet: SheetData,
  lists: ReadonlyMap<string, ChoiceList>,
  errors: SheetIssue[],
): Survey | null {
  const table = readTable(sheet);
  if (table === null) {
    errors.push({
      sheet: sheet.name,
      cell: 'A1',
      message: `The ${sheet.name} sheet is empty. Put a header row (type, name, label, ...) and one row per question.`,
    });
    return null;
  }
  const picked = pickColumns(table, KNOWN, LOCALIZABLE, errors);
  const hasType = requireColumn(table, picked, 'type', errors);
  const hasName = requireColumn(table, picked, 'name', errors);
  if (!hasType || !hasName) return null;

  const survey: Survey = { questions: [], groups: [], items: [], compiled: [], declared: new Set() };
  const nameCells = new Map<string, string>();
  const checkedLists = new Set<string>();
  const stack: OpenGroup[] = [];
  const col = (key: string) => picked.known.get(key);
  const fail = (cell: string, message: string) => errors.push({ sheet: table.sheet, cell, message });

  for (const row of table.rows) {
    const at = (key: string) => textAt(row, col(key));
    const cellOf = (key: string) => cellAddress(row.row, (col(key) ?? { column: table.firstColumn }).column);
    const typeText = at('type');
    const name = at('name');
    if (typeText === '') {
      const filled = [...picked.known.keys()].find((key) => at(key) !== '');
      if (filled !== undefined)
        fail(
          cellOf('type'),
          `This row has a ${filled} but no type. Enter a type (for example 'text'), or clear the row.`,
        );
      continue;
    }
    const parsed = parseTypeCell(typeText);
    if (parsed.kind === 'end_group') {
      if (stack.pop() === undefined)
        fail(
          cellOf('type'),
          `This end_group has no begin_group above it. Delete it, or add the begin_group it closes.`,
        );
      continue;
    }
    if (parsed.kind === 'error') fail(cellOf('type'), parsed.message);
    if (!checkName(name, nameCells, cellOf('name'), fail)) {
      if (name !== '') survey.declared.add(name);
      // Keep groups balanced so that this group's end_group is not reported as well.
      if (parsed.kind === 'begin_group') stack.push({ group: placeholderGroup(name, table, row), items: [] });
      continue;
    }
    nameCells.set(name, cellOf('name'));
    if (parsed.kind === 'error') {
      survey.declared.add(name);
      continue;
    }
    const source = sourceRef(table, row, picked.known);
    const groups = stack.map((open) => open.group.name);
    const compile = (key: string): CompiledExpression | null =>
      compileCell(
        at(key),
        { sheet: table.sheet, cell: cellOf(key), column: key, owner: name },
        survey.compiled,
        errors,
      );
    const siblings = stack[stack.length - 1]?.items ?? survey.items;

    if (parsed.kind === 'begin_group') {
      const group: Group = { name, label: at('label'), relevant: compile('relevant'), groups, source };
      const items: FormItem[] = [];
      survey.groups.push(group);
      siblings.push({ kind: 'group', group, items });
      stack.push({ group, items });
      continue;
    }

    let choices: Question['choices'] = [];
    if (parsed.listName !== '') {
      const list = lists.get(parsed.listName);
      if (list === undefined) {
        fail(
          cellOf('type'),
          `The choice list '${parsed.listName}' used by '${name}' is not on the choices sheet. Add rows with list_name '${parsed.listName}', or correct the list name.`,
        );
      } else {
        choices = list.choices;
        if (parsed.type === 'select_multiple' && !checkedLists.has(parsed.listName)) {
          checkedLists.add(parsed.listName);
          checkMultipleList(parsed.listName, list, name, errors);
        }
      }
    }
    const calculation = compile('calculation');
    if (parsed.type === 'calculate' && at('calculation') === '')
      fail(
        cellOf('calculation'),
        `The calculate '${name}' has no calculation. Enter the expression it works out, or change its type.`,
      );
    const required = yesNo(at('required'));
    const readOnly = yesNo(at('read_only'));
    if (readOnly === 'expression')
      fail(cellOf('read_only'), `read_only must be yes or no, not '${at('read_only')}'.`);
    const chart = parseChart(at('chart'));
    if (!chart.ok) fail(cellOf('chart'), chart.message);
    const extra: Record<string, string> = {};
    for (const column of picked.extras) {
      const value = textAt(row, column);
      if (value !== '') extra[column.header] = value;
    }
    const question: Question = {
      name,
      type: parsed.type,
      label: at('label'),
      hint: at('hint'),
      listName: parsed.listName,
      choices,
      required:
        required === 'yes' ? alwaysTrue(at('required')) : required === 'no' ? null : compile('required'),
      requiredMessage: at('required_message'),
      relevant: compile('relevant'),
      constraint: compile('constraint'),
      constraintMessage: at('constraint_message'),
      calculation,
      defaultValue: at('default'),
      readOnly: readOnly === 'yes',
      appearance: at('appearance'),
      chart: chart.ok ? chart.chart : null,
      grade: at('grade'),
      groups,
      extra,
      source,
    };
    survey.questions.push(question);
    siblings.push({ kind: 'question', question });
  }
  for (const open of stack)
    fail(
      open.group.source.cells['type'] ?? '',
      `The group '${open.group.name}' is never closed. Add an end_group row after its last question.`,
    );
  return survey;
}

function checkName(
  name: string,
  nameCells: ReadonlyMap<string, string>,
  cell: string,
  fail: (cell: string, message: string) => void,
): boolean {
  if (name === '') {
    fail(
      cell,
      `This row has no name. Enter a short unique name (letters, digits and _), for example 'date_of_referral'.`,
    );
    return false;
  }
  if (!isValidName(name)) {
    fail(
      cell,
      `'${name}' is not a valid name. Start with a letter or _, then use only letters, digits, _, - and . (no spaces).`,
    );
    return false;
  }
  const first = nameCells.get(name);
  if (first !== undefined) {
    fail(
      cell,
      `The name '${name}' is used twice (${first} and ${cell}). Names must be unique; rename one of them.`,
    );
    return false;
  }
  return true;
}

function sourceRef(table: Table, row: TableRow, known: ReadonlyMap<string, { column: number }>): SourceRef {
  const cells: Record<string, string> = {};
  for (const [key, column] of known) cells[key] = cellAddress(row.row, column.column);
  return { sheet: table.sheet, row: row.row, cells };
}

function placeholderGroup(name: string, table: Table, row: TableRow): Group {
  return {
    name,
    label: '',
    relevant: null,
    groups: [],
    source: { sheet: table.sheet, row: row.row, cells: {} },
  };
}

import type { SheetData, SheetIssue } from '../sheets/SheetData';
import { cellAddress } from '../sheets/cellAddress';
import type { Choice } from './QuestionSet';
import { pickColumns, requireColumn } from './pickColumns';
import { readTable, textAt } from './readTable';

export interface ChoiceList {
  readonly sheet: string;
  readonly choices: readonly Choice[];
  /** Address of the list's first list_name cell, for messages about the list as a whole. */
  readonly cell: string;
  /** Address of each choice's name cell, by choice name. */
  readonly nameCells: ReadonlyMap<string, string>;
  /** Address of each choice's label cell, by choice name ('' without a label column). */
  readonly labelCells: ReadonlyMap<string, string>;
}

const KNOWN = ['list_name', 'name', 'label'];

interface MutableList extends ChoiceList {
  readonly choices: Choice[];
  readonly nameCells: Map<string, string>;
  readonly labelCells: Map<string, string>;
}

/**
 * Reads the choices sheet into lists. Choices keep sheet order. A blank label falls back to the name, so
 * every choice can be written to a cell. Two choices with the same name, or with labels that differ only
 * in case, are errors: the answer cell holds a label and could not say which of the two was meant.
 */
export function parseChoices(sheet: SheetData | undefined, errors: SheetIssue[]): Map<string, ChoiceList> {
  const lists = new Map<string, MutableList>();
  if (sheet === undefined) return lists;
  const table = readTable(sheet);
  if (table === null) return lists;
  const picked = pickColumns(table, KNOWN, ['label'], errors);
  const hasList = requireColumn(table, picked, 'list_name', errors);
  const hasName = requireColumn(table, picked, 'name', errors);
  if (!hasList || !hasName) return lists;
  const listColumn = picked.known.get('list_name')!;
  const nameColumn = picked.known.get('name')!;
  const labelColumn = picked.known.get('label');
  const seenLabels = new Map<string, Map<string, string>>();
  for (const row of table.rows) {
    const listName = textAt(row, listColumn);
    const name = textAt(row, nameColumn);
    const label = textAt(row, labelColumn) || name;
    const nameCell = cellAddress(row.row, nameColumn.column);
    const listCell = cellAddress(row.row, listColumn.column);
    const labelCell = labelColumn === undefined ? '' : cellAddress(row.row, labelColumn.column);
    if (listName === '') {
      errors.push({
        sheet: table.sheet,
        cell: listCell,
        message: `This choice ('${name || label}') has no list_name. Enter the name of the list it belongs to.`,
      });
      continue;
    }
    if (name === '') {
      errors.push({
        sheet: table.sheet,
        cell: nameCell,
        message: `A choice in the list '${listName}' has no name. Enter a short name for it (for example 'yes'), or clear the row.`,
      });
      continue;
    }
    let list = lists.get(listName);
    if (list === undefined) {
      list = { sheet: table.sheet, choices: [], cell: listCell, nameCells: new Map(), labelCells: new Map() };
      lists.set(listName, list);
    }
    const firstCell = list.nameCells.get(name);
    if (firstCell !== undefined) {
      errors.push({
        sheet: table.sheet,
        cell: nameCell,
        message: `The list '${listName}' has the choice name '${name}' twice (${firstCell} and ${nameCell}). Give each choice its own name.`,
      });
      continue;
    }
    const labels = seenLabels.get(listName) ?? new Map<string, string>();
    seenLabels.set(listName, labels);
    const labelKey = label.toLowerCase();
    const sameLabel = labels.get(labelKey);
    if (sameLabel !== undefined) {
      errors.push({
        sheet: table.sheet,
        cell: labelCell || nameCell,
        message: `The list '${listName}' has the label '${label}' twice (${sameLabel} and ${labelCell || nameCell}). Answers are written as labels, so each choice needs a different label.`,
      });
      continue;
    }
    labels.set(labelKey, labelCell || nameCell);
    list.choices.push({ name, label });
    list.nameCells.set(name, nameCell);
    list.labelCells.set(name, labelCell);
  }
  return lists;
}

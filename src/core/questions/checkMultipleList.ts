import type { SheetIssue } from '../sheets/SheetData';
import type { ChoiceList } from './parseChoices';

/**
 * A select_multiple answer is stored as labels separated by ';' and seen by expressions as names
 * separated by spaces, so in a list used that way a label may not contain ';' and a name may not
 * contain a space: either would split one choice into two.
 */
export function checkMultipleList(
  listName: string,
  list: ChoiceList,
  question: string,
  errors: SheetIssue[],
): void {
  for (const choice of list.choices) {
    if (/\s/.test(choice.name))
      errors.push({
        sheet: list.sheet,
        cell: list.nameCells.get(choice.name) ?? list.cell,
        message: `The choice name '${choice.name}' in '${listName}' contains a space, but '${question}' lets auditors pick several choices, which are kept separated by spaces. Use _ instead of spaces.`,
      });
    if (choice.label.includes(';'))
      errors.push({
        sheet: list.sheet,
        cell: list.labelCells.get(choice.name) || (list.nameCells.get(choice.name) ?? list.cell),
        message: `The label '${choice.label}' in '${listName}' contains ';', but '${question}' lets auditors pick several choices, which are written separated by ';'. Reword the label without ';'.`,
      });
  }
}

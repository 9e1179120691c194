import { containing } from './matchers';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import type { CellValue } from '../../../src/core/sheets/SheetData';
import { sheet } from './sheets';

const CHOICES = sheet('choices', [
  ['list_name', 'name', 'label'],
  ['yes_no', 'yes', 'Yes'],
  ['yes_no', 'no', 'No'],
]);

/** Errors for a survey (header + rows) with the standard choices. */
function errorsFor(rows: readonly (readonly CellValue[])[], choices = CHOICES) {
  const result = parseQuestionSet({ survey: sheet('survey', rows), choices });
  if (result.errors.length > 0) expect(result.questionSet).toBeNull();
  return result.errors;
}

const HEADER = ['type', 'name', 'label', 'relevant', 'calculation', 'chart'];

describe('parseQuestionSet: each kind of error names its sheet and cell', () => {
  it('a missing type or name column, pointing at the next free header cell', () => {
    expect(
      errorsFor([
        ['label', 'hint'],
        ['Q', ''],
      ]),
    ).toEqual([
      { sheet: 'survey', cell: 'C1', message: containing("no 'type' column") },
      { sheet: 'survey', cell: 'C1', message: containing("no 'name' column") },
    ]);
  });

  it('an empty survey sheet', () => {
    expect(errorsFor([])).toEqual([{ sheet: 'survey', cell: 'A1', message: containing('empty') }]);
  });

  it('duplicate names, naming both cells', () => {
    const errors = errorsFor([HEADER, ['text', 'ref'], ['integer', 'age'], ['text', 'ref']]);
    expect(errors).toEqual([{ sheet: 'survey', cell: 'B4', message: containing('(B2 and B4)') }]);
  });

  it.each([['1st_contact'], ['date of referral'], ['a/b']])('the invalid name %p', (name) => {
    const errors = errorsFor([HEADER, ['text', name]]);
    expect(errors).toEqual([
      { sheet: 'survey', cell: 'B2', message: containing(`'${name}' is not a valid name`) },
    ]);
  });

  it('a question with no name', () => {
    expect(errorsFor([HEADER, ['text', '', 'Label']])).toEqual([
      { sheet: 'survey', cell: 'B2', message: containing('no name') },
    ]);
  });

  it('a select list that is not on the choices sheet', () => {
    expect(errorsFor([HEADER, ['select_one outcomes', 'outcome']])).toEqual([
      {
        sheet: 'survey',
        cell: 'A2',
        message: containing("choice list 'outcomes' used by 'outcome'"),
      },
    ]);
  });

  it('a list with a duplicate choice name, and a choice with no name', () => {
    const choices = sheet('choices', [
      ['list_name', 'name', 'label'],
      ['yes_no', 'yes', 'Yes'],
      ['yes_no', 'yes', 'Yes please'],
      ['yes_no', '', 'No'],
    ]);
    expect(errorsFor([HEADER, ['select_one yes_no', 'q']], choices)).toEqual([
      { sheet: 'choices', cell: 'B3', message: containing("'yes' twice (B2 and B3)") },
      { sheet: 'choices', cell: 'B4', message: containing('has no name') },
    ]);
  });

  it('two choices with the same label, which a cell could not tell apart', () => {
    const choices = sheet('choices', [
      ['list_name', 'name', 'label'],
      ['yes_no', 'yes', 'Yes'],
      ['yes_no', 'y', 'YES'],
    ]);
    expect(errorsFor([HEADER, ['select_one yes_no', 'q']], choices)).toEqual([
      { sheet: 'choices', cell: 'C3', message: containing("label 'YES' twice (C2 and C3)") },
    ]);
  });

  it('a begin_group without an end, and an end_group without a begin', () => {
    expect(errorsFor([HEADER, ['end_group', ''], ['begin_group', 'g'], ['text', 'a']])).toEqual([
      { sheet: 'survey', cell: 'A2', message: containing('no begin_group above it') },
      { sheet: 'survey', cell: 'A3', message: containing("group 'g' is never closed") },
    ]);
  });

  it('an expression that does not parse, with the compiler’s message and position', () => {
    const errors = errorsFor([HEADER, ['integer', 'a'], ['text', 'b', '', '${a} > > 3']]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'survey', cell: 'D3' });
    expect(errors[0]?.message).toMatch(/^The relevant of 'b' could not be read: .+ \(at character \d+/);
  });

  it('a reference to an unknown question, suggesting the closest name', () => {
    const errors = errorsFor([HEADER, ['integer', 'age'], ['text', 'b', '', '${agee} > 3']]);
    expect(errors).toEqual([
      {
        sheet: 'survey',
        cell: 'D3',
        message: containing("no question called 'agee'. Did you mean ${age}?"),
      },
    ]);
  });

  it('a cycle among calculations, naming every member', () => {
    const errors = errorsFor([
      HEADER,
      ['calculate', 'a', '', '', '${c} + 1'],
      ['calculate', 'b', '', '', '${a} + 1'],
      ['calculate', 'c', '', '', '${b} + 1'],
      ['calculate', 'd', '', '', '${a}'],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ sheet: 'survey', cell: 'E2' });
    expect(errors[0]?.message).toContain(
      "'a' (calculation, E2), 'b' (calculation, E3), 'c' (calculation, E4)",
    );
    expect(errors[0]?.message).not.toContain("'d'");
  });

  it('a group whose relevance reads a question inside it is a cycle too', () => {
    const errors = errorsFor([HEADER, ['begin_group', 'g', '', '${x} = 1'], ['integer', 'x'], ['end_group']]);
    expect(errors).toEqual([
      {
        sheet: 'survey',
        cell: 'D2',
        message: containing("'g' (relevant, D2), 'x' (inside 'g', row 3)"),
      },
    ]);
  });

  it('a calculate without a calculation', () => {
    expect(errorsFor([HEADER, ['calculate', 'score']])).toEqual([
      { sheet: 'survey', cell: 'E2', message: containing("'score' has no calculation") },
    ]);
  });

  it('an unknown type, suggesting the closest known type', () => {
    const errors = errorsFor([HEADER, ['interger', 'n'], ['geopoint', 'where']]);
    expect(errors).toEqual([
      { sheet: 'survey', cell: 'A2', message: containing("Did you mean 'integer'?") },
      { sheet: 'survey', cell: 'A3', message: containing("'geopoint' is not a question type") },
    ]);
    expect(errors[1]?.message).not.toContain('Did you mean');
  });

  it('an unknown chart kind', () => {
    expect(errorsFor([HEADER, ['integer', 'n', '', '', '', 'pi']])).toEqual([
      {
        sheet: 'survey',
        cell: 'F2',
        message: containing("'pi' is not a chart kind. Did you mean 'pie'?"),
      },
    ]);
  });

  it('a select type with no list name', () => {
    expect(errorsFor([HEADER, ['select_one', 'q']])).toEqual([
      { sheet: 'survey', cell: 'A2', message: containing('needs exactly one choice list name') },
    ]);
  });

  it('a select_multiple list whose label holds ; or whose name holds a space', () => {
    const choices = sheet('choices', [
      ['list_name', 'name', 'label'],
      ['reasons', 'domestic abuse', 'Domestic abuse'],
      ['reasons', 'neglect', 'Neglect; emotional'],
    ]);
    expect(errorsFor([HEADER, ['select_multiple reasons', 'why']], choices)).toEqual([
      { sheet: 'choices', cell: 'B2', message: containing('contains a space') },
      { sheet: 'choices', cell: 'C3', message: containing("contains ';'") },
    ]);
  });

  it('a row with content but no type', () => {
    expect(errorsFor([HEADER, ['', 'orphan', 'Orphan']])).toEqual([
      { sheet: 'survey', cell: 'A2', message: containing('no type') },
    ]);
  });
});

describe('parseQuestionSet: all errors at once', () => {
  it('reports every problem in one pass, across sheets, and gives no question set', () => {
    const result = parseQuestionSet({
      survey: sheet('survey', [
        HEADER,
        ['select_one missing', 'q1'],
        ['txt', 'q2'],
        ['text', 'q1'],
        ['text', 'q3', '', '${nope} = 1'],
        ['calculate', 'c'],
        ['begin_group', 'g'],
      ]),
      choices: sheet('choices', [
        ['list_name', 'name'],
        ['l', ''],
      ]),
      settings: sheet('settings', [
        ['name', 'value'],
        ['', 'orphan value'],
      ]),
    });
    expect(result.questionSet).toBeNull();
    expect(result.errors.map((e) => `${e.sheet}!${e.cell}`)).toEqual([
      'choices!B2',
      'settings!A2',
      'survey!A2',
      'survey!A3',
      'survey!B4',
      'survey!E6',
      'survey!A7',
      'survey!D5',
    ]);
  });
});

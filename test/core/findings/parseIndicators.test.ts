import { parseIndicators } from '../../../src/core/findings/parseIndicators';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import type { CellValue } from '../../../src/core/sheets/SheetData';

const { questionSet } = parseQuestionSet({
  survey: {
    name: 'survey',
    rows: [
      ['type', 'name', 'label'],
      ['select_one yn', 'held', 'Held?'],
      ['select_one yn', 'in_time', 'In time?'],
    ],
  },
  choices: {
    name: 'choices',
    rows: [
      ['list_name', 'name', 'label'],
      ['yn', 'yes', 'Yes'],
      ['yn', 'no', 'No'],
    ],
  },
});

const parse = (rows: CellValue[][]) => parseIndicators({ name: 'indicators', rows }, questionSet!);
const HEADER: CellValue[] = ['name', 'label', 'numerator', 'denominator'];

describe('parseIndicators', () => {
  it('reads name, label, numerator and an optional denominator', () => {
    const { indicators, errors } = parse([
      HEADER,
      ['in_time', 'discussions were in time', "${in_time} = 'yes'", "${held} = 'yes'"],
      ['held', '', "${held} = 'yes'", null],
    ]);
    expect(errors).toEqual([]);
    expect(indicators.map((i) => [i.name, i.label, i.denominator?.source ?? null])).toEqual([
      ['in_time', 'discussions were in time', "${held} = 'yes'"],
      ['held', 'held', null],
    ]);
    expect(indicators[0]!.source.cells['numerator']).toBe('C2');
  });

  it('names the cell of an expression that does not compile and leaves the row out', () => {
    const { indicators, errors } = parse([HEADER, ['x', 'x', "${held} = = 'yes'", '']]);
    expect(indicators).toEqual([]);
    expect(errors.map((e) => [e.sheet, e.cell])).toEqual([['indicators', 'C2']]);
    expect(errors[0]!.message).toContain('not a valid');
  });

  it('names the cell that refers to a question the survey does not have', () => {
    const { errors } = parse([HEADER, ['x', 'x', "${held} = 'yes'", "${helt} = 'yes'"]]);
    expect(errors.map((e) => [e.sheet, e.cell])).toEqual([['indicators', 'D2']]);
    expect(errors[0]!.message).toContain('${helt}');
  });

  it('rejects a missing name, a repeated name and a missing numerator', () => {
    const { indicators, errors } = parse([
      HEADER,
      ['a', 'a', "${held} = 'yes'", ''],
      ['a', 'again', "${held} = 'no'", ''],
      ['', 'nameless', "${held} = 'no'", ''],
      ['b', 'no numerator', '', ''],
    ]);
    expect(indicators.map((i) => i.name)).toEqual(['a']);
    expect(errors.map((e) => e.cell)).toEqual(['A3', 'A4', 'C5']);
    expect(errors[0]!.message).toContain('A2');
  });

  it('says which column is missing and where to add it', () => {
    const { errors } = parse([
      ['name', 'label'],
      ['a', 'a'],
    ]);
    expect(errors.map((e) => [e.sheet, e.cell])).toEqual([['indicators', 'C1']]);
    expect(errors[0]!.message).toContain("no 'numerator' column");
  });
  it('reads an optional chart column: bar, column, none or blank', () => {
    const { indicators, errors } = parse([
      [...HEADER, 'chart'],
      ['a', 'a', "${held} = 'yes'", '', 'bar'],
      ['b', 'b', "${held} = 'yes'", '', 'Column'],
      ['c', 'c', "${held} = 'yes'", '', 'none'],
      ['d', 'd', "${held} = 'yes'", '', null],
    ]);
    expect(errors).toEqual([]);
    expect(indicators.map((i) => i.chart)).toEqual(['bar', 'column', null, null]);
  });

  it('has no chart when the sheet has no chart column, as in workbooks set up before it existed', () => {
    const { indicators } = parse([HEADER, ['a', 'a', "${held} = 'yes'", '']]);
    expect(indicators.map((i) => i.chart)).toEqual([null]);
  });

  it('names the sheet and cell of an unknown chart kind, lists the allowed ones, and keeps the figure', () => {
    const { indicators, errors } = parse([
      [...HEADER, 'chart'],
      ['a', 'a', "${held} = 'yes'", '', 'bra'],
      ['b', 'b', "${held} = 'yes'", '', 'pie'],
    ]);
    expect(errors.map((e) => [e.sheet, e.cell])).toEqual([
      ['indicators', 'E2'],
      ['indicators', 'E3'],
    ]);
    expect(errors[0]!.message).toContain("'bra' is not a chart kind. Did you mean 'bar'?");
    expect(errors[0]!.message).toContain('Use one of: bar, column, none, or leave it blank.');
    expect(errors[1]!.message).toContain('cannot have a pie chart');
    expect(indicators.map((i) => [i.name, i.chart])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});

import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';
import { parseIndicators } from '../../../src/core/findings/parseIndicators';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';

/** A small form: kind (select_one), and tags (select_multiple) asked only when kind is 'a'. */
export const { questionSet } = parseQuestionSet({
  survey: {
    name: 'survey',
    rows: [
      ['type', 'name', 'label', 'relevant', 'required'],
      ['select_one kinds', 'kind', 'Kind', '', 'yes'],
      ['select_multiple tags', 'tags', 'Tags', "${kind} = 'a'", ''],
    ],
  },
  choices: {
    name: 'choices',
    rows: [
      ['list_name', 'name', 'label'],
      ['kinds', 'a', 'A'],
      ['kinds', 'b', 'B'],
      ['kinds', 'c', 'C'],
      ['tags', 'x', 'X'],
      ['tags', 'y', 'Y'],
      ['tags', 'z', 'Z'],
    ],
  },
});

export const { indicators } = parseIndicators(
  {
    name: 'indicators',
    rows: [
      ['name', 'label', 'numerator', 'denominator'],
      ['x_of_a', 'A cases were tagged x', "selected(${tags}, 'x')", "${kind} = 'a'"],
      ['b_of_all', 'cases were B', "${kind} = 'b'", ''],
    ],
  },
  questionSet!,
);

export function record(id: string, kind: Answer, tags: Answer): CaseRecord {
  return {
    id,
    sheet: 'Audit',
    answers: new Map<string, Answer>([
      ['kind', kind],
      ['tags', tags],
    ]),
    cells: new Map([
      ['kind', `B${id}`],
      ['tags', `C${id}`],
    ]),
  };
}

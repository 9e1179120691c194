import fc from 'fast-check';
import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import { planCase } from '../../../src/core/cases/planCase';
import { readAnswers } from '../../../src/core/cases/readAnswers';
import type { QuestionSet } from '../../../src/core/questions/QuestionSet';
import { auditForm } from './auditForm';

// The same questions with the first one repeated at the end, as a hand-built set could have them.
const repeated: QuestionSet = { ...auditForm, questions: [...auditForm.questions, auditForm.questions[0]!] };
const names = auditForm.questions.map((q) => q.name);

describe('readAnswers', () => {
  it('gives what looking each question up by name gives, whatever the order and extra names of the record', () => {
    const entryArb = fc.tuple(
      fc.constantFrom(...names, 'Case ID', 'toString', '__proto__'),
      fc.constantFrom<Answer>('a', 3, null, ['x']),
    );
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 20 }),
        fc.boolean(),
        fc.boolean(),
        (entries, sorted, dup) => {
          const ordered = sorted
            ? [...entries].sort(([a], [b]) => names.indexOf(a) - names.indexOf(b))
            : entries;
          const record = new Map(ordered);
          const plan = planCase(dup ? repeated : auditForm);
          const answers: Answer[] = [];
          readAnswers(plan, record, answers);
          expect(answers).toEqual(plan.questionNames.map((name) => record.get(name) ?? null));
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { CaseEnvironment } from '../../../src/core/cases/CaseEnvironment';
import { planCase } from '../../../src/core/cases/planCase';
import { toBoolean } from '../../../src/core/expr/coerce';
import { compileExpression } from '../../../src/core/expr/compileExpression';
import type { CompiledExpression } from '../../../src/core/expr/Expression';
import type { Value } from '../../../src/core/expr/Value';
import { ChoiceCoding } from '../../../src/core/findings/ChoiceTable';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { sheet } from '../questions/sheets';

const { questionSet: form } = parseQuestionSet({
  survey: sheet('survey', [
    ['type', 'name', 'label', 'calculation'],
    ['select_one src', 'source', 'Source', ''],
    ['select_one yn', 'clear', 'Clear', ''],
    ['select_one big', 'big', 'Big', ''],
    ['select_multiple yn', 'both', 'Both', ''],
    ['integer', 'n', 'Number', ''],
    ['calculate', 'twice', '', '${n} * 2'],
  ]),
  choices: sheet('choices', [
    ['list_name', 'name', 'label'],
    ['src', 'police', 'Police'],
    ['src', 'school', 'School'],
    ['src', '12', 'Twelve'],
    ['yn', 'yes', 'Yes'],
    ['yn', 'no', 'No'],
    ...Array.from({ length: 300 }, (_, i) => ['big', `b${i}`, `B${i}`]),
  ]),
});
if (form === null) throw new Error('form did not parse');
const plan = planCase(form);
const NOW = new Date(Date.UTC(2022, 0, 20));

function compiled(source: string): CompiledExpression {
  const result = compileExpression(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.expression;
}

const slot = (name: string): number => plan.questionSlots.get(name)!;

describe('ChoiceTable', () => {
  it('gives what the expression gives for every value of the answers it reads, or -1 for a non-choice', () => {
    const sources = [
      "${source} = 'police'",
      "${source} != 'school' and ${clear} = 'yes'",
      "not(${clear} = 'no') or ${source} = ''",
      '${source} > 10',
      'string-length(concat(${source}, ${clear})) > 7',
      "if(${clear} = 'yes', ${source}, 'none') = 'school'",
      '${source} = ${clear}',
      "today() > date('2022-01-01') and ${clear} != ''",
      "coalesce(${source}, 'x') = 'x'",
    ];
    const value = (choices: string[]): fc.Arbitrary<Value> =>
      fc.constantFrom<Value>('', ...choices, 'fire', 'Police');
    fc.assert(
      fc.property(
        fc.constantFrom(...sources),
        value(['police', 'school', '12']),
        value(['yes', 'no']),
        (source, s, c) => {
          const expression = compiled(source);
          const bound = plan.bind(expression);
          const coding = new ChoiceCoding(plan, () => NOW);
          const table = coding.table(expression, bound);
          expect(table).not.toBeNull();
          const values = plan.blankValues.slice();
          values[slot('source')] = s;
          values[slot('clear')] = c;
          const env = new CaseEnvironment(plan.questionSlotIndex, values, () => NOW);
          const looked = table!.lookup(coding.read(env));
          const known = ['', 'police', 'school', '12', 'yes', 'no'];
          const read = { source: s, clear: c };
          const unknown = expression.references.some(
            (name) => !known.includes(read[name as 'source'] as string),
          );
          if (unknown) expect(looked).toBe(-1);
          else expect(looked).toBe(toBoolean(bound.evaluate(env)) ? 1 : 0);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is not made for an expression reading anything but select_one answers, or too many of them', () => {
    const coding = new ChoiceCoding(plan, () => NOW);
    const none = (source: string): void => {
      const expression = compiled(source);
      expect(coding.table(expression, plan.bind(expression))).toBeNull();
    };
    none("selected(${both}, 'yes')");
    none('${n} > 3');
    none('${twice} > 3');
    none("${nobody} = 'x'");
    // 301 values of one question: past the 256 a table may hold.
    none("${big} = 'b1'");
    const handMade: CompiledExpression = {
      source: 'x',
      references: [],
      usesDot: false,
      evaluate: () => true,
    };
    expect(coding.table(handMade, handMade)).toBeNull();
  });
});

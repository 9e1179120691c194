import { evaluateCase } from '../../../src/core/cases/evaluateCase';
import { parseQuestionSet } from '../../../src/core/questions/parseQuestionSet';
import { loadTemplate } from '../../../src/core/template/loadTemplate';
import { ALWAYS_ASKED_HINT, moderationQuestionSet } from '../../../src/ui/moderation/moderationQuestionSet';

/** A form where some select questions hang on answers that are not re-audited (a number, a date). */
function form() {
  const { questionSet, errors } = parseQuestionSet({
    survey: {
      name: 'survey',
      rows: [
        ['type', 'name', 'label', 'hint', 'required', 'relevant'],
        ['integer', 'age', 'Age', '', 'yes', ''],
        ['select_one yes_no', 'school', 'In school?', 'Check the record.', 'yes', '${age} >= 5'],
        ['select_one yes_no', 'plan', 'Plan?', '', 'yes', ''],
        ['select_one yes_no', 'reviewed', 'Plan reviewed?', '', 'yes', "${plan} = 'yes'"],
        ['begin_group', 'later', 'Later', '', '', '${age} > 10'],
        ['select_one yes_no', 'college', 'College?', '', 'yes', ''],
        ['text', 'why', 'Why?', '', '', ''],
        ['end_group', 'later', '', '', '', ''],
      ],
    },
    choices: {
      name: 'choices',
      rows: [
        ['list_name', 'name', 'label'],
        ['yes_no', 'yes', 'Yes'],
        ['yes_no', 'no', 'No'],
      ],
    },
  });
  if (questionSet === null) throw new Error(errors.map((e) => e.message).join('\n'));
  return questionSet;
}

const record = (answers: Record<string, string | null>) => ({
  id: 'C-1',
  answers: new Map(Object.entries(answers)),
});

describe('the questions a moderator answers', () => {
  it('keeps only the select questions, in their groups, and evaluates relevance on the moderator answers', () => {
    const { questionSet } = moderationQuestionSet(form());
    expect(questionSet.questions.map((q) => q.name)).toEqual(['school', 'plan', 'reviewed', 'college']);
    expect(questionSet.items.map((i) => (i.kind === 'group' ? i.group.name : i.question.name))).toEqual([
      'school',
      'plan',
      'reviewed',
      'later',
    ]);
    const none = evaluateCase(questionSet, record({}));
    expect(none.relevant.has('reviewed')).toBe(false);
    expect(evaluateCase(questionSet, record({ plan: 'yes' })).relevant.has('reviewed')).toBe(true);
    expect(none.issues.filter((i) => i.kind === 'required').map((i) => i.question)).toEqual(['plan']);
  });

  it('asks a question whose condition reads an answer not re-audited, optional, and says why', () => {
    const { questionSet, alwaysAsked } = moderationQuestionSet(form());
    expect(alwaysAsked).toEqual(['school', 'college']);
    const evaluation = evaluateCase(questionSet, record({ plan: 'no' }));
    expect(['school', 'later', 'college'].every((n) => evaluation.relevant.has(n))).toBe(true);
    expect(evaluation.issues).toEqual([]);
    expect(questionSet.byName.get('school')!.hint).toBe(`Check the record. ${ALWAYS_ASKED_HINT}`);
    expect(questionSet.byName.get('plan')!.hint).toBe('');
  });

  it('leaves the template questions as they are: their conditions read select answers only', () => {
    const template = loadTemplate().questionSet;
    const { questionSet, alwaysAsked } = moderationQuestionSet(template);
    expect(alwaysAsked).toEqual([]);
    expect(questionSet.questions.every((q) => q.type.startsWith('select_'))).toBe(true);
    for (const q of questionSet.questions) expect(q).toEqual(template.byName.get(q.name));
    const rereferral = evaluateCase(questionSet, record({ case_type: 're_referral' }));
    expect(rereferral.relevant.has('previous_plan')).toBe(true);
    expect(evaluateCase(questionSet, record({ case_type: 'contact' })).relevant.has('previous_plan')).toBe(
      false,
    );
  });
});

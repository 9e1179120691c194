import type { CompiledExpression } from '../../core/expr/Expression';
import type { FormItem, Group, Question, QuestionSet } from '../../core/questions/QuestionSet';

export interface ModerationQuestions {
  /** Only the select questions, the ones re-audited and compared; evaluated on the moderator's answers. */
  readonly questionSet: QuestionSet;
  /** Questions whose condition reads answers that are not re-audited: always asked, never required. */
  readonly alwaysAsked: readonly string[];
}

export const ALWAYS_ASKED_HINT =
  'Whether this applies depends on answers that are not re-audited, so it is always asked here: leave it blank if it does not apply to this case.';

const isSelect = (q: Question) => q.type === 'select_one' || q.type === 'select_multiple';

/**
 * The question set a moderator answers. Relevance is worked out from the moderator's own answers only,
 * because reading the first audit's would show them. A condition that reads a question which is not
 * re-audited (a date, a number, a text) cannot be decided that way; rather than hide a question the first
 * auditor may have answered (a silent gap) or guess, it is asked, optional, with a hint saying why.
 */
export function moderationQuestionSet(set: QuestionSet): ModerationQuestions {
  const names = new Set(set.questions.filter(isSelect).map((q) => q.name));
  const outside = (e: CompiledExpression | null) => e !== null && e.references.some((r) => !names.has(r));
  const keep = (e: CompiledExpression | null) => (outside(e) ? null : e);
  const undecidedGroups = new Set(set.groups.filter((g) => outside(g.relevant)).map((g) => g.name));
  const alwaysAsked: string[] = [];
  const questions = new Map<string, Question>();
  for (const q of set.questions) {
    if (!names.has(q.name)) continue;
    const undecided = outside(q.relevant) || q.groups.some((g) => undecidedGroups.has(g));
    if (undecided) alwaysAsked.push(q.name);
    questions.set(q.name, {
      ...q,
      relevant: keep(q.relevant),
      required: undecided ? null : keep(q.required),
      constraint: keep(q.constraint),
      hint: undecided ? [q.hint, ALWAYS_ASKED_HINT].filter((h) => h.trim() !== '').join(' ') : q.hint,
    });
  }
  const groups: Group[] = [];
  const prune = (items: readonly FormItem[]): FormItem[] =>
    items.flatMap((item): FormItem[] => {
      if (item.kind === 'question') {
        const q = questions.get(item.question.name);
        return q === undefined ? [] : [{ kind: 'question', question: q }];
      }
      const children = prune(item.items);
      if (children.length === 0) return [];
      const group = { ...item.group, relevant: keep(item.group.relevant) };
      groups.push(group);
      return [{ kind: 'group', group, items: children }];
    });
  const items = prune(set.items);
  const order = new Map(set.groups.map((g, i) => [g.name, i]));
  groups.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  return {
    questionSet: {
      ...set,
      questions: [...questions.values()],
      groups,
      items,
      byName: questions,
      calculationOrder: [],
    },
    alwaysAsked,
  };
}

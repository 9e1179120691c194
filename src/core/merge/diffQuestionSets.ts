import type { Question } from '../questions/QuestionSet';

/** What a question set must agree on for answers to mean the same thing in two workbooks. */
export interface QuestionSetShape {
  readonly version: string;
  readonly questions: readonly Pick<Question, 'name' | 'type' | 'listName' | 'choices'>[];
}

const choiceList = (q: QuestionSetShape['questions'][number]): string =>
  q.choices.map((c) => c.name).join(', ');

/**
 * Every difference that would make answers incomparable, in words: questions added or removed, a type
 * changed, a choice list changed. Labels and hints may differ (wording fixes do not change answers).
 */
export function diffQuestionSets(base: QuestionSetShape, incoming: QuestionSetShape): string[] {
  const differences: string[] = [];
  const theirs = new Map(incoming.questions.map((q) => [q.name, q]));
  const ours = new Map(base.questions.map((q) => [q.name, q]));
  const added = incoming.questions.filter((q) => !ours.has(q.name)).map((q) => q.name);
  const removed = base.questions.filter((q) => !theirs.has(q.name)).map((q) => q.name);
  if (added.length > 0) differences.push(`questions only in the imported workbook: ${added.join(', ')}`);
  if (removed.length > 0)
    differences.push(`questions missing from the imported workbook: ${removed.join(', ')}`);
  for (const q of base.questions) {
    const other = theirs.get(q.name);
    if (other === undefined) continue;
    if (other.type !== q.type) differences.push(`${q.name} is ${q.type} here but ${other.type} there`);
    else if (choiceList(q) !== choiceList(other))
      differences.push(
        `${q.name} offers ${choiceList(q) || 'no choices'} here but ${choiceList(other) || 'no choices'} there`,
      );
  }
  return differences;
}

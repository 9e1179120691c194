import type { CaseEvaluation } from '../../core/cases/CaseEvaluation';
import type { FormItem, Group, QuestionSet } from '../../core/questions/QuestionSet';

/** One step of the pane: a top-level group, or a run of questions that sit outside any group. */
export interface FormSection {
  readonly key: string;
  readonly label: string;
  readonly group: Group | null;
  readonly items: readonly FormItem[];
}

export function formSections(questionSet: QuestionSet): FormSection[] {
  const sections: FormSection[] = [];
  let loose: FormItem[] = [];
  const closeLoose = () => {
    if (loose.length === 0) return;
    const label = sections.length === 0 ? questionSet.title || 'About the case' : 'More questions';
    sections.push({ key: `loose-${sections.length}`, label, group: null, items: loose });
    loose = [];
  };
  for (const item of questionSet.items) {
    if (item.kind === 'question') {
      loose.push(item);
      continue;
    }
    closeLoose();
    sections.push({
      key: item.group.name,
      label: item.group.label || item.group.name,
      group: item.group,
      items: [item],
    });
  }
  closeLoose();
  return sections;
}

/** A question is on screen when the engine says it applies; calculations only when they have a label. */
export function isShown(item: FormItem, evaluation: CaseEvaluation): boolean {
  if (item.kind === 'group') {
    return evaluation.relevant.has(item.group.name) && item.items.some((child) => isShown(child, evaluation));
  }
  const q = item.question;
  return evaluation.relevant.has(q.name) && !(q.type === 'calculate' && q.label.trim() === '');
}

export function visibleSections(sections: readonly FormSection[], evaluation: CaseEvaluation): FormSection[] {
  return sections.filter((s) => s.items.some((item) => isShown(item, evaluation)));
}

export function containsQuestion(items: readonly FormItem[], name: string): boolean {
  return items.some((item) =>
    item.kind === 'question' ? item.question.name === name : containsQuestion(item.items, name),
  );
}

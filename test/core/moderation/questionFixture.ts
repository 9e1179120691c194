import type { Answer } from '../../../src/core/cases/CaseEvaluation';
import type { AuditAnswers } from '../../../src/core/moderation/AgreementReport';
import type { Question, QuestionType } from '../../../src/core/questions/QuestionSet';

export function question(name: string, type: QuestionType, choices: string[] = []): Question {
  return {
    name,
    type,
    label: name,
    hint: '',
    listName: choices.length > 0 ? `${name}_list` : '',
    choices: choices.map((c) => ({ name: c, label: c })),
    required: null,
    requiredMessage: '',
    relevant: null,
    constraint: null,
    constraintMessage: '',
    calculation: null,
    defaultValue: '',
    readOnly: false,
    appearance: '',
    chart: null,
    grade: '',
    groups: [],
    extra: {},
    source: { sheet: 'survey', row: 2, cells: {} },
  };
}

export const audit = (caseId: string, auditor: string, answers: Record<string, Answer>): AuditAnswers => ({
  caseId,
  auditor,
  answers: new Map(Object.entries(answers)),
});

/** Paired audits of one select_one question from (first, second, how many) rows, case IDs numbered. */
export function pairsOf(q: string, rows: [string, string, number][], auditor = 'Ann') {
  const first: AuditAnswers[] = [];
  const second: AuditAnswers[] = [];
  for (const [a, b, n] of rows)
    for (let i = 0; i < n; i++) {
      const id = `C${first.length + 1}`;
      first.push(audit(id, auditor, { [q]: a }));
      second.push(audit(id, 'Mod', { [q]: b }));
    }
  return { first, second };
}

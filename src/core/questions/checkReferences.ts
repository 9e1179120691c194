import type { SheetIssue } from '../sheets/SheetData';
import { closestMatch } from './closestMatch';
import type { Survey } from './readSurvey';

/** Every `${name}` must be a question in this form; a group has no value to refer to. */
export function checkReferences(survey: Survey, errors: SheetIssue[]): void {
  const questions = survey.questions.map((q) => q.name);
  const known = new Set(questions);
  const groups = new Set(survey.groups.map((g) => g.name));
  for (const { expression, sheet, cell, column, owner } of survey.compiled) {
    for (const ref of expression.references) {
      if (known.has(ref) || survey.declared.has(ref)) continue;
      const where = `The ${column} of '${owner}' refers to \${${ref}}`;
      if (groups.has(ref)) {
        errors.push({
          sheet,
          cell,
          message: `${where}, which is a group, not a question. Refer to a question instead.`,
        });
        continue;
      }
      const suggestion = closestMatch(ref, questions);
      errors.push({
        sheet,
        cell,
        message:
          `${where}, but there is no question called '${ref}'.` +
          (suggestion === null ? '' : ` Did you mean \${${suggestion}}?`) +
          ` Correct the name, or add the question.`,
      });
    }
  }
}

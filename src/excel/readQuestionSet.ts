import { parseQuestionSet } from '../core/questions/parseQuestionSet';
import type { QuestionSet } from '../core/questions/QuestionSet';
import type { SheetIssue } from '../core/sheets/SheetData';
import { definitionData, queueDefinitionReads, resolveDefinitionSheets } from './definitionSheets';
import type { ExcelHost } from './ExcelHost';
import { SHEETS } from './workbookFormat';

export interface LoadedQuestionSet {
  readonly questionSet: QuestionSet | null;
  /** Every problem with the definitions, each naming its sheet and cell. */
  readonly issues: readonly SheetIssue[];
}

/** The workbook's own question set (Questions or `survey`, Choices or `choices`, Settings or `settings`), in two round trips. */
export async function readQuestionSet(host: ExcelHost): Promise<LoadedQuestionSet> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = resolveDefinitionSheets(sheets.items.map((s) => s.name));
    if (names.questions === null) {
      const message = `There is no ${SHEETS.questions} sheet (or XLSForm "survey" sheet). Run Set up audit to create one from the built-in template, or add your own.`;
      return { questionSet: null, issues: [{ sheet: SHEETS.questions, cell: '', message }] };
    }
    const reads = queueDefinitionReads(context, names);
    await context.sync();
    const data = definitionData(names, reads);
    const parsed = parseQuestionSet({
      survey: data.questions!,
      ...(data.choices === undefined ? {} : { choices: data.choices }),
      ...(data.settings === undefined ? {} : { settings: data.settings }),
    });
    return { questionSet: parsed.questionSet, issues: parsed.errors };
  });
}

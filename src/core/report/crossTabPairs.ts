import type { QuestionSet } from '../questions/QuestionSet';
import type { SheetIssue } from '../sheets/SheetData';

export const CROSS_TABS_SETTING = 'cross_tabs';

/**
 * The Settings row `cross_tabs`, e.g. "case_type by source; case_type by overall_grade": which
 * cross-tabulations the findings show. A pair that cannot be read is reported with what to write, and left out.
 */
export function crossTabPairs(questionSet: QuestionSet): {
  pairs: (readonly [string, string])[];
  issues: SheetIssue[];
} {
  const raw = (questionSet.settings[CROSS_TABS_SETTING] ?? '').trim();
  const pairs: (readonly [string, string])[] = [];
  const issues: SheetIssue[] = [];
  if (raw === '') return { pairs, issues };
  for (const part of raw.split(';')) {
    const text = part.trim();
    if (text === '') continue;
    const m = /^(\S+)\s+by\s+(\S+)$/i.exec(text);
    if (m === null) {
      issues.push({
        sheet: 'settings',
        cell: '',
        message: `The setting ${CROSS_TABS_SETTING} has '${text}'; write pairs of question names such as "case_type by source", separated by ';'.`,
      });
      continue;
    }
    pairs.push([m[1]!, m[2]!]);
  }
  return { pairs, issues };
}

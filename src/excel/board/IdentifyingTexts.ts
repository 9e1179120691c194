import type { QuestionSet } from '../../core/questions/QuestionSet';
import type { CellValue } from '../../core/sheets/SheetData';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { AUDITOR, CASE_ID, LAST_SAVED, SAVED_BY, STATUS, VERSION } from '../workbookFormat';

export type IdentifyingKind = 'case identifier' | 'name' | 'free text';

/** Lower case, one space between words: how texts are compared, so "Sam  JONES" is still Sam Jones. */
export function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Every text on the Audit rows that could identify a child or a person: Case IDs, auditors' names and any
 * text that is not one of its question's own choices (free-text answers, a name typed into a choice column,
 * a retired column's notes). Collected while the rows are read, so the board copy can be checked for them.
 */
export class IdentifyingTexts {
  readonly texts = new Map<string, IdentifyingKind>();
  private readonly kinds: (IdentifyingKind | null)[];
  private readonly choices: (ReadonlySet<string> | null)[];

  constructor(header: readonly string[], questionSet: QuestionSet) {
    const bookkeeping = new Set([STATUS, LAST_SAVED, VERSION].map((h) => findColumn(header, h)));
    const questions = new Map(questionSet.questions.map((q) => [q.name.toLowerCase(), q]));
    this.kinds = header.map((h, i) => {
      if (i === findColumn(header, CASE_ID)) return 'case identifier';
      if (i === findColumn(header, AUDITOR) || i === findColumn(header, SAVED_BY)) return 'name';
      return bookkeeping.has(i) ? null : 'free text';
    });
    this.choices = header.map((h) => {
      const q = questions.get(h.toLowerCase());
      if (q === undefined || q.choices.length === 0) return null;
      return new Set(q.choices.flatMap((c) => [normalise(c.name), normalise(c.label)]));
    });
  }

  addRow(row: readonly CellValue[]): void {
    row.forEach((cell, i) => {
      const kind = this.kinds[i];
      if (kind === null || kind === undefined) return;
      const text = kind === 'case identifier' ? caseIdText(cell) : typeof cell === 'string' ? cell : '';
      if (normalise(text) === '') return;
      const choices = this.choices[i];
      // A choice cell holds labels (several, for select_multiple, separated by ';'): those are not identifying.
      const parts = text.split(';').filter((part) => part.trim() !== '');
      if (choices && parts.every((part) => choices.has(normalise(part)))) return;
      this.add(text, kind);
    });
  }

  add(text: string, kind: IdentifyingKind): void {
    const key = normalise(text);
    if (key !== '' && !this.texts.has(key)) this.texts.set(key, kind);
  }
}

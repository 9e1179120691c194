import { closestMatch } from './closestMatch';
import type { QuestionType } from './QuestionSet';

export type ParsedType =
  | { readonly kind: 'question'; readonly type: QuestionType; readonly listName: string }
  | { readonly kind: 'begin_group' }
  | { readonly kind: 'end_group' }
  | { readonly kind: 'error'; readonly message: string };

const SIMPLE: Readonly<Record<string, QuestionType>> = {
  text: 'text',
  integer: 'integer',
  decimal: 'decimal',
  date: 'date',
  datetime: 'dateTime',
  note: 'note',
  calculate: 'calculate',
};

/** What an author may write, for "did you mean" suggestions. */
const KNOWN_TYPES = [
  'select_one',
  'select_multiple',
  'text',
  'integer',
  'decimal',
  'date',
  'dateTime',
  'note',
  'calculate',
  'begin_group',
  'end_group',
];

/**
 * Reads a `type` cell. Keywords are matched without regard to case or to `_` versus a space (XLSForm
 * writes both `begin_group` and `begin group`); a list name is kept exactly as written.
 */
export function parseTypeCell(text: string): ParsedType {
  const words = text.trim().split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  const second = (words[1] ?? '').toLowerCase();
  const joined = words.length >= 2 && first === 'select' ? `select_${second}` : first;
  const rest = words.slice(first === 'select' ? 2 : 1);
  if (joined === 'select_one' || joined === 'select_multiple') {
    const listName = rest[0];
    if (listName === undefined || rest.length > 1) {
      return {
        kind: 'error',
        message: `'${text}' needs exactly one choice list name after ${joined}, for example '${joined} yes_no'.`,
      };
    }
    return { kind: 'question', type: joined, listName };
  }
  const keyword =
    words.length === 2 && (first === 'begin' || first === 'end')
      ? `${first}_${second}`
      : words.join('_').toLowerCase();
  if (keyword === 'begin_group' || keyword === 'end_group') return { kind: keyword };
  const simple = words.length === 1 ? SIMPLE[first] : undefined;
  if (simple !== undefined) return { kind: 'question', type: simple, listName: '' };
  const suggestion = closestMatch(keyword, KNOWN_TYPES);
  const hint = suggestion === null ? '' : ` Did you mean '${suggestion}'?`;
  return {
    kind: 'error',
    message: `'${text}' is not a question type Case Audit knows.${hint} Use one of: ${KNOWN_TYPES.join(', ')} (select types followed by a list name).`,
  };
}

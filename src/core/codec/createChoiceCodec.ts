import type { Answer } from '../cases/CaseEvaluation';
import type { Question } from '../questions/QuestionSet';
import type { CellValue } from '../sheets/SheetData';
import { toText } from '../expr/coerce';
import { answerToValue, isChoiceNames } from './answerToValue';
import { describeCell } from './describeCell';
import { BLANK, type DecodeResult, type QuestionCodec } from './QuestionCodec';

/** How many labels a message lists before it stops; a 40-choice list helps nobody read the message. */
const LISTED = 12;
/** Distinct cell texts remembered per question; beyond this (free text typed into a choice column) we just decode. */
const MEMO_LIMIT = 4096;

/**
 * select_one and select_multiple. Cells hold labels (what auditors read); a cell is read as a label or a
 * name, trimmed and ignoring case. When one choice's label is another's name, the label wins, because
 * labels are what we write. A select_multiple cell separates labels with ';' (any spacing); ODK's
 * space-separated names are read too, but only when every token is a name, so that a label with spaces
 * is never split.
 */
export function createChoiceCodec(question: Question): QuestionCodec {
  const byText = new Map<string, string>();
  const byName = new Map<string, string>();
  const labelOf = new Map<string, string>();
  for (const { name, label } of question.choices) {
    const key = label.trim().toLowerCase();
    if (!byText.has(key)) byText.set(key, name);
    labelOf.set(name, label);
  }
  for (const { name } of question.choices) {
    const key = name.trim().toLowerCase();
    byName.set(key, name);
    if (!byText.has(key)) byText.set(key, name);
  }
  const labels = question.choices.map((c) => c.label);
  const listed = labels.length > LISTED ? `${labels.slice(0, LISTED).join(', ')}, ...` : labels.join(', ');
  const notChoices = (tokens: readonly string[]): DecodeResult => ({
    ok: false,
    message:
      tokens.length === 1
        ? `'${tokens[0]}' is not one of the choices for ${question.name}: ${listed}.`
        : `${tokens.map((t) => `'${t}'`).join(', ')} are not among the choices for ${question.name}: ${listed}.`,
  });
  const multiple = question.type === 'select_multiple';

  const decodeMultiple = (text: string): DecodeResult => {
    let names: string[];
    if (text.includes(';')) {
      const tokens = text
        .split(';')
        .map((t) => t.trim())
        .filter((t) => t !== '');
      const unknown = tokens.filter((t) => !byText.has(t.toLowerCase()));
      if (unknown.length > 0) return notChoices(unknown);
      names = tokens.map((t) => byText.get(t.toLowerCase())!);
    } else {
      const whole = byText.get(text.toLowerCase());
      const tokens = text.split(/\s+/);
      if (whole !== undefined) names = [whole];
      else if (tokens.every((t) => byName.has(t.toLowerCase())))
        names = tokens.map((t) => byName.get(t.toLowerCase())!);
      else return notChoices([text]);
    }
    // Picking a choice twice says no more than picking it once. Frozen because results are memoised.
    const unique = Object.freeze([...new Set(names)]);
    return unique.length === 0 ? BLANK : { ok: true, answer: unique };
  };
  const decodeText = (cell: string): DecodeResult => {
    const text = cell.trim();
    if (text === '') return BLANK;
    if (multiple) return decodeMultiple(text);
    const name = byText.get(text.toLowerCase());
    return name === undefined ? notChoices([text]) : { ok: true, answer: name };
  };
  // A choice column holds few distinct strings (the labels and their combinations), so each is decoded
  // once and then looked up: the findings run decodes hundreds of thousands of these cells.
  const memo = new Map<string, DecodeResult>();

  return {
    question,
    decode(cell: CellValue) {
      if (cell === null) return BLANK;
      const text = typeof cell === 'string' ? cell : describeCell(cell);
      let result = memo.get(text);
      if (result === undefined) {
        result = decodeText(text);
        if (memo.size < MEMO_LIMIT) memo.set(text, result);
      }
      return result;
    },
    encode(answer: Answer) {
      if (answer === null) return null;
      // A name that is not in the list (a caller's mistake) is written as it is rather than dropped.
      if (isChoiceNames(answer))
        return answer.length === 0 ? null : answer.map((n) => labelOf.get(n) ?? n).join('; ');
      if (typeof answer === 'string') return labelOf.get(answer) ?? answer;
      return toText(answerToValue(question, answer));
    },
    toValue: (answer) => answerToValue(question, answer),
  };
}

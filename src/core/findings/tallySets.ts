import { FIRST_CHOICE, LIST, MISSING, NOT_APPLICABLE, type AnswerCodes } from './AnswerCodes';
import { CaseSet } from './CaseSet';

/** The cases behind one select question's counts. */
export interface TallySets {
  readonly notApplicable: CaseSet;
  readonly missing: CaseSet;
  readonly answered: CaseSet;
  /** Answered or missing: the cases where the question applied. */
  readonly applicable: CaseSet;
  /** By position in the choice list. */
  readonly choices: readonly CaseSet[];
}

/**
 * Builds every set of a question in one pass over its codes, 32 cases at a time: a word of each of the four
 * status sets is gathered in locals and stored once, and a choice's word is only touched by cases that
 * picked it.
 */
export function tallySets(codes: AnswerCodes): TallySets {
  const n = codes.length;
  const wordCount = Math.max(1, Math.ceil(n / 32));
  const notApplicable = new Uint32Array(wordCount);
  const missing = new Uint32Array(wordCount);
  const answered = new Uint32Array(wordCount);
  const applicable = new Uint32Array(wordCount);
  const choices = Array.from({ length: codes.choiceCount }, () => new Uint32Array(wordCount));
  const column = codes.codes;
  const masks = codes.masks;
  const stride = codes.stride;
  for (let w = 0; w < wordCount; w++) {
    let na = 0;
    let miss = 0;
    let ans = 0;
    const end = Math.min(n, w * 32 + 32);
    for (let i = w * 32; i < end; i++) {
      const code = column[i]!;
      const bit = 1 << (i & 31);
      if (code >= FIRST_CHOICE) {
        ans |= bit;
        choices[code - FIRST_CHOICE]![w]! |= bit;
      } else if (code === NOT_APPLICABLE) na |= bit;
      else if (code === MISSING) miss |= bit;
      else if (code === LIST) {
        ans |= bit;
        for (let s = 0; s < stride; s++) {
          let picked = masks![i * stride + s]!;
          while (picked !== 0) {
            const low = picked & -picked;
            choices[s * 32 + 31 - Math.clz32(low)]![w]! |= bit;
            picked ^= low;
          }
        }
      }
    }
    notApplicable[w] = na;
    missing[w] = miss;
    answered[w] = ans;
    applicable[w] = ans | miss;
  }
  return {
    notApplicable: CaseSet.fromWords(notApplicable),
    missing: CaseSet.fromWords(missing),
    answered: CaseSet.fromWords(answered),
    applicable: CaseSet.fromWords(applicable),
    choices: choices.map((words) => CaseSet.fromWords(words)),
  };
}

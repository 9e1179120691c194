import {
  CHUNK,
  CHUNK_BITS,
  FIRST_CHOICE,
  LIST,
  MISSING,
  NOT_APPLICABLE,
  type AnswerCodes,
} from './AnswerCodes';

/** The cases behind one select question's counts, as CaseSet words (bit b of word w: case 32w + b). */
export interface TallyWords {
  readonly notApplicable: Uint32Array;
  readonly missing: Uint32Array;
  readonly answered: Uint32Array;
  /** Answered or missing: the cases where the question applied. */
  readonly applicable: Uint32Array;
  /** By position in the choice list. */
  readonly choices: readonly Uint32Array[];
}

/**
 * Builds every set of a question from the codes of its first `n` cases in one pass, 32 cases at a time: each case sets its bit in
 * the word of its code (one store, no branch on what it answered), and the words are handed out once per 32
 * cases. List answers are the only cases looked at one by one, for the choices in their masks.
 */
export function tallySets(codes: AnswerCodes, n: number): TallyWords {
  const choiceCount = codes.choiceCount;
  const wordCount = Math.max(1, Math.ceil(n / 32));
  const notApplicable = new Uint32Array(wordCount);
  const missing = new Uint32Array(wordCount);
  const answered = new Uint32Array(wordCount);
  const applicable = new Uint32Array(wordCount);
  const choices = Array.from({ length: choiceCount }, () => new Uint32Array(wordCount));
  const stride = codes.stride;
  /** This word's cases by code. */
  const byCode = new Uint32Array(FIRST_CHOICE + choiceCount);
  for (let w = 0; w < wordCount; w++) {
    const column = codes.codeChunks[w >>> (CHUNK_BITS - 5)]!;
    const masks = codes.maskChunks[w >>> (CHUNK_BITS - 5)] ?? null;
    const first = (w * 32) & (CHUNK - 1);
    const end = Math.min(n - w * 32, 32) + first;
    for (let i = first; i < end; i++) byCode[column[i]!]! |= 1 << (i - first);
    let ans = byCode[LIST]!;
    for (let p = 0; p < choiceCount; p++) {
      const word = byCode[FIRST_CHOICE + p]!;
      choices[p]![w] = word;
      ans |= word;
    }
    for (let lists = byCode[LIST]!; lists !== 0; lists &= lists - 1) {
      const b = 31 - Math.clz32(lists & -lists);
      const at = (first + b) * stride;
      for (let s = 0; s < stride; s++) {
        for (let picked = masks![at + s]!; picked !== 0; picked &= picked - 1) {
          choices[s * 32 + 31 - Math.clz32(picked & -picked)]![w]! |= 1 << b;
        }
      }
    }
    notApplicable[w] = byCode[NOT_APPLICABLE]!;
    missing[w] = byCode[MISSING]!;
    answered[w] = ans;
    applicable[w] = ans | byCode[MISSING]!;
    for (let c = 0; c < byCode.length; c++) byCode[c] = 0;
  }
  return { notApplicable, missing, answered, applicable, choices };
}

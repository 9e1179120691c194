import type { Answer } from '../cases/CaseEvaluation';
import { percent } from '../findings/percent';
import type { Question } from '../questions/QuestionSet';
import type { ChoiceAgreement, Disagreement, QuestionAgreement } from './AgreementReport';
import { answerKey, ticked } from './answerKey';
import { cohensKappa } from './cohensKappa';

/** A case audited twice. */
export interface AuditPair {
  readonly caseId: string;
  readonly auditor: string;
  readonly moderator: string;
  readonly first: ReadonlyMap<string, Answer>;
  readonly second: ReadonlyMap<string, Answer>;
}

function perChoice(
  question: Question,
  answered: readonly [Answer, Answer][],
  decimals: number,
): ChoiceAgreement[] {
  return question.choices.map(({ name }) => {
    const pairs = answered.map(
      ([a, b]) => [ticked(a).has(name) ? 'yes' : 'no', ticked(b).has(name) ? 'yes' : 'no'] as const,
    );
    const agreed = pairs.filter(([a, b]) => a === b).length;
    return {
      choice: name,
      compared: pairs.length,
      agreed,
      percent: percent(agreed, pairs.length, decimals),
      kappa: cohensKappa(pairs),
    };
  });
}

/**
 * Agreement on one question over the pairs. A case where both left it blank (typically not relevant) is
 * not compared; blank against an answer is compared and is a disagreement, and blank is then a category
 * of its own for kappa. Disagreements are pushed to `disagreements` when given.
 */
export function questionAgreement(
  question: Question,
  pairs: readonly AuditPair[],
  decimals: number,
  disagreements?: Disagreement[],
): QuestionAgreement {
  const answered: [Answer, Answer][] = [];
  const keys: [string, string][] = [];
  for (const pair of pairs) {
    const first = pair.first.get(question.name) ?? null;
    const second = pair.second.get(question.name) ?? null;
    const a = answerKey(first);
    const b = answerKey(second);
    if (a === '' && b === '') continue;
    answered.push([first, second]);
    keys.push([a, b]);
    if (a !== b)
      disagreements?.push({
        caseId: pair.caseId,
        question: question.name,
        auditor: pair.auditor,
        moderator: pair.moderator,
        first,
        second,
      });
  }
  const agreed = keys.filter(([a, b]) => a === b).length;
  const tally = {
    question: question.name,
    type: question.type,
    compared: keys.length,
    agreed,
    percent: percent(agreed, keys.length, decimals),
  };
  if (question.type === 'select_one') return { ...tally, kappa: cohensKappa(keys) };
  if (question.type === 'select_multiple')
    return { ...tally, perChoice: perChoice(question, answered, decimals) };
  return tally;
}

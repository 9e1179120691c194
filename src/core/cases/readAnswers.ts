import type { Answer } from './CaseEvaluation';
import type { CasePlan } from './planCase';

/**
 * Each question's answer from a record's map, null where it has none (what `answers.get(name) ?? null`
 * gives). A record is normally built in sheet order, so its map is walked alongside the question names:
 * an entry that is the next name costs a comparison rather than a hash lookup, a question the record skips
 * is blank, and a name that is not a question is ignored. Only an entry out of sheet order (or a set with a
 * repeated name) sends the record back to lookups by name.
 */
export function readAnswers(plan: CasePlan, record: ReadonlyMap<string, Answer>, answers: Answer[]): void {
  const names = plan.questionNames;
  const n = names.length;
  let next = plan.uniqueNames ? 0 : -1;
  if (next === 0) {
    // Keys and values side by side: for-of over entries would allocate a pair per answer.
    const values = record.values();
    for (const name of record.keys()) {
      const answer = values.next().value;
      if (next < n && name === names[next]) {
        answers[next++] = answer ?? null;
        continue;
      }
      const slot = plan.questionSlotIndex[name];
      if (slot === undefined) continue;
      if (slot < next) {
        next = -1;
        break;
      }
      while (next < slot) answers[next++] = null;
      answers[next++] = answer ?? null;
    }
  }
  if (next < 0) for (let i = 0; i < n; i++) answers[i] = record.get(names[i]!) ?? null;
  else while (next < n) answers[next++] = null;
}

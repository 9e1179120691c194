import type { CompiledExpression } from '../expr/Expression';
import type { CasePlan } from './planCase';

/**
 * Which questions' expression values anyone will read, by question number: those named by an expression
 * of the set or by `alsoRead`, those whose required or constraint rule reads `.`, and every calculation.
 * A findings run works out only these, so an unreferenced select_multiple never has its names joined.
 */
export function neededValues(plan: CasePlan, alsoRead: readonly CompiledExpression[]): boolean[] {
  const { questions, groups } = plan.questionSet;
  const needed = questions.map(
    (q) => q.calculation !== null || q.required?.usesDot === true || q.constraint?.usesDot === true,
  );
  const read = (e: CompiledExpression | null): void => {
    for (const name of e?.references ?? []) {
      const slot = plan.questionSlots.get(name);
      if (slot !== undefined) needed[slot] = true;
    }
  };
  for (const q of questions) [q.relevant, q.calculation, q.required, q.constraint].forEach(read);
  for (const g of groups) read(g.relevant);
  alsoRead.forEach(read);
  return needed;
}

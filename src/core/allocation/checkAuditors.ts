import { caseKey } from '../sampling/caseKey';
import type { Problem } from '../sampling/Problem';

/** The auditor list must name each auditor once; names are compared ignoring case and outer spaces. */
export function checkAuditors(auditors: readonly string[]): Problem[] {
  if (auditors.length === 0) return [{ message: 'Add at least one auditor to share the cases among.' }];
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  auditors.forEach((name, i) => {
    const key = caseKey(name);
    if (key === '') {
      problems.push({ message: `Auditor ${i + 1} in the list has no name: fill it in or remove it.` });
      return;
    }
    const twin = seen.get(key);
    if (twin !== undefined)
      problems.push({ message: `"${twin}" and "${name}" are the same auditor: list each auditor once.` });
    else seen.set(key, name);
  });
  return problems;
}

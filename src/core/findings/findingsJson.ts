import type { Count, Findings } from './Findings';

/** The CLI's JSON: published figures only ('c' where suppressed), no case sets, so it is safe to share. */
export interface FindingsJson {
  form: { title: string; version: string };
  cases: { rows: number; included: number; byStatus: Record<string, number> };
  indicators: {
    name: string;
    label: string;
    numerator: number | 'c';
    denominator: number | 'c';
    percent: number | null;
    sentence: string;
  }[];
  questions: {
    name: string;
    label: string;
    applicable: number | 'c';
    answered: number | 'c';
    notApplicable: number | 'c';
    missing: number | 'c';
    choices: { name: string; label: string; n: number | 'c'; percent: number | null }[];
  }[];
  issues: { sheet: string; cell: string; caseId: string; question: string; kind: string; message: string }[];
}

export function findingsJson(findings: Findings): FindingsJson {
  const n = (c: Count): number | 'c' => c.n;
  return {
    form: { ...findings.form },
    cases: {
      rows: findings.cases.rows,
      included: findings.cases.included,
      byStatus: { ...findings.cases.byStatus },
    },
    indicators: findings.indicators.map((i) => ({
      name: i.name,
      label: i.label,
      numerator: n(i.numerator),
      denominator: n(i.denominator),
      percent: i.numerator.percent,
      sentence: i.sentence,
    })),
    questions: findings.questions.map((q) => ({
      name: q.name,
      label: q.label,
      applicable: n(q.applicable),
      answered: n(q.answered),
      notApplicable: n(q.notApplicable),
      missing: n(q.missing),
      choices: q.choices.map((c) => ({
        name: c.name,
        label: c.label,
        n: n(c.count),
        percent: c.count.percent,
      })),
    })),
    issues: Array.from(findings.issues, (i) => ({ ...i })),
  };
}

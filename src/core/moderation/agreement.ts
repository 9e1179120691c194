import { caseKey } from '../sampling/caseKey';
import { percent } from '../findings/percent';
import type { Question } from '../questions/QuestionSet';
import type { Problem } from '../sampling/Problem';
import type {
  AgreementReport,
  AuditAnswers,
  AuditorAgreement,
  Disagreement,
  QuestionAgreement,
} from './AgreementReport';
import { questionAgreement, type AuditPair } from './questionAgreement';

const sum = (qs: readonly QuestionAgreement[], f: 'compared' | 'agreed') => qs.reduce((n, q) => n + q[f], 0);

function byCase(
  audits: readonly AuditAnswers[],
  what: string,
  problems: Problem[],
): Map<string, AuditAnswers> {
  const map = new Map<string, AuditAnswers>();
  for (const audit of audits) {
    const key = caseKey(audit.caseId);
    if (map.has(key))
      problems.push({
        message: `Case ${audit.caseId.trim()} has two ${what}: only the first is compared. Remove the repeat.`,
      });
    else map.set(key, audit);
  }
  return map;
}

/**
 * Compares first audits with the moderator's second audits of the same cases: per question and per
 * (first) auditor, the cases compared, how many agree, the percentage, Cohen's kappa for select
 * questions, and every disagreement for the lead. Notes and calculations are not compared: calculations
 * follow from the answers, which are. Totals across questions count each (case, question) once.
 */
export function agreement(
  first: readonly AuditAnswers[],
  second: readonly AuditAnswers[],
  questions: readonly Question[],
  options: { readonly decimals?: number } = {},
): AgreementReport {
  const decimals = options.decimals ?? 0;
  const problems: Problem[] = [];
  const firsts = byCase(first, 'first audits', problems);
  const pairs: AuditPair[] = [];
  for (const moderated of byCase(second, 'moderation audits', problems).values()) {
    const original = firsts.get(caseKey(moderated.caseId));
    if (original === undefined) {
      problems.push({
        message: `Case ${moderated.caseId} was moderated but has no first audit to compare with: check its Case ID.`,
      });
      continue;
    }
    pairs.push({
      caseId: original.caseId,
      auditor: original.auditor.trim(),
      moderator: moderated.auditor.trim(),
      first: original.answers,
      second: moderated.answers,
    });
  }
  const compared = questions.filter((q) => q.type !== 'note' && q.type !== 'calculate');
  const disagreements: Disagreement[] = [];
  const overall = compared.map((q) => questionAgreement(q, pairs, decimals, disagreements));
  const auditors = [...new Set(pairs.map((p) => p.auditor))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const byAuditor: AuditorAgreement[] = auditors.map((auditor) => {
    const theirs = pairs.filter((p) => p.auditor === auditor);
    const qs = compared.map((q) => questionAgreement(q, theirs, decimals));
    const [c, a] = [sum(qs, 'compared'), sum(qs, 'agreed')];
    return {
      auditor,
      cases: theirs.length,
      compared: c,
      agreed: a,
      percent: percent(a, c, decimals),
      questions: qs,
    };
  });
  const [c, a] = [sum(overall, 'compared'), sum(overall, 'agreed')];
  return {
    cases: pairs.length,
    compared: c,
    agreed: a,
    percent: percent(a, c, decimals),
    questions: overall,
    byAuditor,
    disagreements,
    problems,
  };
}

import type { Answer, CaseRecord } from '../../../src/core/cases/CaseEvaluation';

/*
 * Builds the 66 audited cases from the report's counts. Each line below reads like the report ("of the 43
 * Police contacts, 39 were clearly recorded"); the builder deals the answers out across the cases that
 * qualify. Figures the report does not give (the other sources, the remaining categories, grades) are
 * invented but plausible, and no test asserts them as the report's.
 */

type Draft = Map<string, Answer>;
type Deal = readonly (readonly [Answer, number])[];

const TOTAL = 66;
const drafts: Draft[] = [];

/** Deal the answers to the cases in `pool`, spread out rather than in runs, so figures do not line up by accident. */
function deal(pool: readonly Draft[], question: string, counts: Deal): void {
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  if (total !== pool.length)
    throw new Error(`${question}: counts add to ${total}, but ${pool.length} cases qualify`);
  const order = pool.map((d, i) => ({ d, key: (i * 37) % pool.length }));
  order.sort((a, b) => a.key - b.key);
  let next = 0;
  for (const [answer, n] of counts) for (let k = 0; k < n; k++) order[next++]!.d.set(question, answer);
}

const is = (question: string, answer: Answer) => (d: Draft) => d.get(question) === answer;
const dateTime = (days: number): Answer => ({ kind: 'dateTime', days });

export function seedCases(): CaseRecord[] {
  drafts.length = 0;
  for (let i = 0; i < TOTAL; i++) drafts.push(new Map());
  const all = drafts;
  deal(all, 'case_type', [
    ['contact', 35],
    ['re_referral', 31],
  ]); // para 7, 9
  deal(all, 'source', [
    ['police', 43],
    ['school', 8],
    ['health', 6],
    ['early_help', 4],
    ['family', 3],
    ['other', 2],
  ]); // para 7
  const police = all.filter(is('source', 'police'));
  deal(police, 'police_clear', [
    ['yes', 39],
    ['no', 4],
  ]); // para 7
  const contacts = all.filter(is('case_type', 'contact'));
  const rereferrals = all.filter(is('case_type', 're_referral'));
  // Domestic abuse 20 in all (para 7, 13): 6 among re-referrals (para 9), so 14 among contacts.
  deal(contacts, 'primary_category', [
    ['domestic_abuse', 14],
    ['neglect', 8],
    ['physical_abuse', 4],
    ['emotional_abuse', 4],
    ['sexual_abuse', 2],
    ['contextual_safeguarding', 2],
    ['other', 1],
  ]);
  deal(rereferrals, 'primary_category', [
    ['neglect', 10],
    ['domestic_abuse', 6],
    ['physical_abuse', 6],
    ['emotional_abuse', 4],
    ['contextual_safeguarding', 3],
    ['sexual_abuse', 1],
    ['other', 1],
  ]); // para 9
  deal(rereferrals, 'previous_plan', [
    ['cin', 3],
    ['cp', 1],
    ['early_help', 12],
    ['none', 15],
  ]); // para 10: four CIN/CP
  deal(rereferrals, 'prior_assessment', [
    ['yes', 10],
    ['no', 21],
  ]); // para 9: 32% of 31
  deal(rereferrals, 'reref_interval', [
    ['m0_3', 21],
    ['m4_6', 5],
    ['m7_12', 3],
    ['m12_plus', 2],
  ]); // para 11
  deal(rereferrals, 'same_concerns', [
    ['yes', 23],
    ['no', 8],
  ]); // para 13
  deal(all, 'mash_checks', [
    ['yes', 7],
    ['no', 59],
  ]); // para 21
  deal(all, 'management_oversight', [['yes', 66]]); // para 15
  deal(all, 'analysis_shown', [
    ['yes', 43],
    ['no', 23],
  ]); // para 15
  deal(all, 'threshold_clear', [
    ['yes', 36],
    ['no', 30],
  ]); // para 11, 18
  deal(all, 'strategy_held', [
    ['yes', 7],
    ['no', 59],
  ]); // para 18
  const held = all.filter(is('strategy_held', 'yes'));
  deal(held, 'strategy_in_time', [
    ['yes', 6],
    ['no', 1],
  ]); // para 18
  deal(held, 'strategy_actions', [
    ['yes', 5],
    ['no', 2],
  ]); // para 18
  deal(all, 'child_focused', [
    ['yes', 48],
    ['no', 18],
  ]);
  deal(all, 'acronyms', [
    ['yes', 40],
    ['no', 26],
  ]);
  deal(all, 'siblings_together', [
    ['yes', 30],
    ['no', 12],
    ['na', 24],
  ]);
  deal(all, 'overall_grade', [
    ['outstanding', 2],
    ['good', 22],
    ['requires_improvement', 34],
    ['inadequate', 8],
  ]);
  deal(all, 'escalated', [
    ['yes', 1],
    ['no', 65],
  ]); // para 6, 23
  for (const d of all.filter(is('escalated', 'yes')))
    d.set('escalation_reason', 'Unborn child: case closed without checks');
  // Received through January 2023 at 09:00; screened three hours later, except one case screened after 30 hours (para 17).
  all.forEach((d, i) => {
    const received = 19358 + (i % 30) + 0.375;
    d.set('date_received', dateTime(received));
    d.set('date_screened', dateTime(received + (i === 40 ? 1.25 : 0.125)));
  });
  return all.map((answers, i) => ({ id: `C${String(i + 1).padStart(3, '0')}`, answers, sheet: 'Audit' }));
}

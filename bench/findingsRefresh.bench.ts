/*
 * Refresh findings on the simulated host at 10, 10,000 and 50,000 cases: round trips, request and response
 * bytes (the simulator's JSON estimates) and time. A round trip costs 50-300 ms on Excel on the web whatever
 * it carries, so their count is the figure to keep flat; Excel on the web refuses any request or response
 * over 5 MB, which the simulator enforces. Targets: at most 5 round trips at 10 and 10,000 cases; at every
 * size no request or response over 5 MB. Each case has the seed report's answers, a 40-character comment,
 * and every tenth case a required answer left blank (a Data quality row); see answersFor.
 */
import type { Answer } from '../src/core/cases/CaseEvaluation';
import { createCodec } from '../src/core/codec/createCodec';
import { auditTemplate } from '../src/core/template/auditTemplate';
import { loadTemplate } from '../src/core/template/loadTemplate';
import { AuditWorkbook } from '../src/excel/AuditWorkbook';
import { SimWorkbook } from '../src/excel-sim/SimWorkbook';

const FIVE_MB = 5 * 1024 * 1024;
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const CHOICES: Record<string, readonly string[]> = {};

/**
 * A plausible case: only questions that apply are answered (a contact has no previous-involvement answers,
 * a strategy question only when one was held), and every tenth case leaves "screened" blank (one issue).
 */
function answersFor(i: number): Map<string, Answer> {
  const pick = (name: string, k = 0): string => {
    const choices = CHOICES[name]!;
    return choices[(i * 7 + k) % choices.length]!;
  };
  const a = new Map<string, Answer>();
  const reReferral = i % 2 === 1;
  a.set('case_type', reReferral ? 're_referral' : 'contact');
  a.set('source', pick('source'));
  if (a.get('source') === 'police') a.set('police_clear', pick('police_clear', 1));
  a.set('primary_category', pick('primary_category', 2));
  a.set('date_received', { kind: 'dateTime', days: 19394 + (i % 30) });
  if (i % 10 !== 0) a.set('date_screened', { kind: 'dateTime', days: 19394.5 + (i % 30) });
  if (reReferral)
    for (const q of ['previous_plan', 'prior_assessment', 'reref_interval', 'same_concerns'])
      a.set(q, pick(q, 3));
  for (const q of [
    'mash_checks',
    'management_oversight',
    'threshold_clear',
    'strategy_held',
    'child_focused',
    'acronyms',
    'siblings_together',
    'overall_grade',
  ])
    a.set(q, pick(q, q.length));
  if (a.get('management_oversight') === 'yes') a.set('analysis_shown', pick('analysis_shown', 5));
  if (a.get('strategy_held') === 'yes')
    for (const q of ['strategy_in_time', 'strategy_actions']) a.set(q, pick(q, 6));
  a.set('escalated', 'no');
  a.set('auditor_comments', `Case ${i}: recording was clear and timely.`);
  return a;
}

async function run(cases: number): Promise<boolean> {
  const { questionSet } = loadTemplate();
  const codec = createCodec(questionSet);
  for (const q of questionSet.questions)
    if (q.choices.length > 0) CHOICES[q.name] = q.choices.map((c) => c.name);
  const workbook = new SimWorkbook();
  const audit = new AuditWorkbook(workbook.host(), { now: () => new Date(2023, 1, 6, 10, 30) });
  await audit.setUp({ template: auditTemplate });
  const ids = Array.from({ length: cases }, (_, i) => `C-${String(i + 1).padStart(5, '0')}`);
  await audit.addCases(ids.map((caseId) => ({ caseId, auditor: 'Sam' })));
  const header = workbook
    .getValues('Audit', 'A2:AK2')[0]!
    .map(String)
    .filter((h) => h !== '');
  const names = header.slice(6);
  const rows = ids.map((_, i) => {
    const answers = answersFor(i);
    return names.map((name) => {
      const answer = answers.get(name);
      return answer === undefined ? '' : (codec.byName.get(name)!.encode(answer) ?? '');
    });
  });
  await workbook.setValues('Audit', 'G3', rows);
  await workbook.setValues(
    'Audit',
    'C3',
    ids.map(() => ['Complete']),
  );
  let ok = true;
  for (const pass of ['first', 'again']) {
    workbook.resetStats();
    const start = performance.now();
    const report = await audit.refreshFindings();
    const ms = performance.now() - start;
    const s = workbook.stats;
    const underLimit = s.largestRequestBytes < FIVE_MB && s.largestResponseBytes < FIVE_MB;
    const syncsOk = cases > 10_000 || s.syncs <= 5;
    ok &&= underLimit && syncsOk;
    console.log(
      `${String(cases).padStart(6)} cases  ${pass.padEnd(5)}  ${s.syncs} round trips${cases > 10_000 ? '' : ' (target <= 5)'}` +
        `  request ${mb(s.requestBytes)} (largest ${mb(s.largestRequestBytes)})` +
        `  response ${mb(s.responseBytes)} (largest ${mb(s.largestResponseBytes)})` +
        `  ${report.findings.issues.length} issues  ${ms.toFixed(0)} ms on the simulator${underLimit && syncsOk ? '' : '  MISSED'}`,
    );
  }
  return ok;
}

async function main(): Promise<void> {
  let ok = true;
  for (const cases of (process.env.BENCH_SIZES ?? '10,10000,50000').split(',').map(Number))
    ok = (await run(cases)) && ok;
  console.log(ok ? 'targets met' : 'TARGETS MISSED');
  if (!ok) process.exitCode = 1;
}

void main();

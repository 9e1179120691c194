import type { Findings } from '../core/findings/Findings';
import type { AuditorProgress, Coverage } from '../core/report/coverageOf';
import { NO_AUDITOR } from '../core/report/progressSection';

/** Sample and coverage and the progress board in --json: the figures the Findings sheet shows. */
export function coverageJson(findings: Findings, coverage: Coverage) {
  const { overall } = coverage;
  const counts = (a: AuditorProgress) => ({
    notStarted: a.notStarted,
    inProgress: a.inProgress,
    complete: a.audited,
    notAudited: a.notAudited,
    cases: a.sampled,
    escalations: a.escalations,
    openEscalations: a.open,
  });
  return {
    sampled: coverage.sampled,
    draws: coverage.draws === null ? null : coverage.draws.map((d) => ({ ...d })),
    inAudit: overall.sampled,
    audited: overall.audited,
    inProgress: overall.inProgress,
    notStarted: overall.notStarted,
    /** null when there is no Not audited sheet. */
    notAudited: coverage.marksRecorded ? overall.notAudited : null,
    notAuditedReasons: overall.notAuditedReasons.map((r) => ({ ...r })),
    counted: findings.cases.included,
    markedButCounted: coverage.markedButCounted,
    marksNotInAudit: [...coverage.marksNotInAudit],
    overall: counts(overall),
    byAuditor: coverage.byAuditor.map((a) => ({ auditor: a.auditor, ...counts(a) })),
  };
}

/** The same in the text report, after the findings. */
export function coverageText(findings: Findings, coverage: Coverage): string {
  const { overall, draws } = coverage;
  const lines = ['', 'Sample and coverage'];
  if (draws === null) lines.push('  No sample is recorded (there is no Samples sheet).');
  else if (coverage.sampled !== null && draws.length === 1)
    lines.push(`  Sampled: ${coverage.sampled} (sample ${draws[0]!.sample}: ${draws[0]!.method})`);
  else lines.push(`  The Samples sheet records ${draws.length} draws of cases; no single sampled figure.`);
  lines.push(
    `  In the Audit sheet: ${overall.sampled} (audited ${overall.audited}, in progress ${overall.inProgress}, not started ${overall.notStarted}${coverage.marksRecorded ? `, not audited ${overall.notAudited}` : ''})`,
  );
  if (!coverage.marksRecorded) lines.push('  No case is marked Not audited (there is no Not audited sheet).');
  for (const r of overall.notAuditedReasons) lines.push(`    Not audited: ${r.reason}: ${r.count}`);
  lines.push(`  Counted in these findings: ${findings.cases.included}`);
  if (coverage.markedButCounted > 0)
    lines.push(
      `  Warning: ${coverage.markedButCounted} marked Not audited but counted, as their Status says.`,
    );
  if (coverage.marksNotInAudit.length > 0)
    lines.push(
      `  Warning: Not audited marks for cases not in Audit: ${coverage.marksNotInAudit.join(', ')}.`,
    );
  if (coverage.byAuditor.some((a) => a.auditor !== '')) {
    lines.push('', 'Progress (not started, in progress, complete, not audited, cases, escalations, open)');
    const rows = [...coverage.byAuditor.map((a) => [a.auditor || NO_AUDITOR, a] as const)];
    rows.push(['All auditors', overall]);
    const width = Math.max(...rows.map(([name]) => name.length));
    for (const [name, a] of rows) {
      const n = [a.notStarted, a.inProgress, a.audited, a.notAudited, a.sampled, a.escalations, a.open];
      lines.push(`  ${name.padEnd(width)}  ${n.map((x) => String(x).padStart(5)).join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

import type { Findings, QuestionFinding } from '../core/findings/Findings';
import { formatPercent, percent } from '../core/findings/percent';
import { agreementRows } from '../core/report/agreementRows';
import { answerText, IN_A_CELL } from '../core/cases/answerText';
import type { ModerationRecords } from '../core/report/ModerationRecords';
import { moderationOf } from '../core/report/moderationOf';
import { NO_AUDITOR } from '../core/report/progressSection';
import { qualifiedAddress } from '../excel/qualifiedAddress';

const labelsOf = (findings: Findings) =>
  new Map<string, QuestionFinding>(findings.questions.map((q) => [q.name, q]));

/** Moderation agreement in --json: the figures and open disagreements the Findings sheet shows. */
export function moderationJson(findings: Findings, records: ModerationRecords) {
  const { report } = records;
  const decimals = findings.settings.decimals;
  const pct = (t: { agreed: number; compared: number }) => percent(t.agreed, t.compared, decimals);
  const kappa = (k: { value: number | null; reason: string } | undefined) =>
    k === undefined ? {} : { kappa: k.value, ...(k.value === null ? { kappaReason: k.reason } : {}) };
  const summary = moderationOf(records);
  return {
    cases: report.cases,
    compared: report.compared,
    agreed: report.agreed,
    percent: pct(report),
    questions: report.questions.map((q) => ({
      question: q.question,
      type: q.type,
      compared: q.compared,
      agreed: q.agreed,
      percent: pct(q),
      ...kappa(q.kappa),
      ...(q.perChoice === undefined
        ? {}
        : {
            perChoice: q.perChoice.map((c) => ({
              choice: c.choice,
              compared: c.compared,
              agreed: c.agreed,
              percent: pct(c),
              ...kappa(c.kappa),
            })),
          }),
    })),
    byAuditor: summary.byAuditor.map((a) => ({
      auditor: a.auditor,
      cases: a.cases,
      compared: a.compared,
      agreed: a.agreed,
      percent: pct(a),
      disagreements: a.disagreements,
      resolved: a.resolved,
    })),
    disagreements: summary.disagreements,
    resolved: summary.resolved,
    unresolved: summary.unresolved.map((d) => ({
      caseId: d.caseId,
      question: d.question,
      auditor: d.auditor,
      moderator: d.moderator,
      first: answerText(labelsOf(findings).get(d.question), d.first, IN_A_CELL),
      second: answerText(labelsOf(findings).get(d.question), d.second, IN_A_CELL),
      cell: d.cell === undefined ? null : qualifiedAddress(records.sheet, d.cell),
    })),
    problems: report.problems.map((p) => p.message),
  };
}

/** The same in the text report, after coverage and progress. */
export function moderationText(findings: Findings, records: ModerationRecords): string {
  const { report } = records;
  const decimals = findings.settings.decimals;
  const labels = labelsOf(findings);
  const whole = percent(report.agreed, report.compared, decimals);
  const lines = [
    '',
    `Moderation agreement: ${report.cases} case${report.cases === 1 ? '' : 's'} audited twice${whole === null ? '' : `, ${report.agreed} of ${report.compared} answers compared agree (${formatPercent(whole, decimals)})`}`,
  ];
  for (const p of report.problems) lines.push(`  Warning: ${p.message}`);
  const rows = agreementRows(report.questions, labels, decimals, null);
  const width = Math.max(8, ...rows.map((r) => String(r[0]).length));
  lines.push(`  ${'Question'.padEnd(width)}  compared  agreed      %  kappa`);
  for (const [label, n, agreed, fraction, kappa] of rows) {
    const p = typeof fraction === 'number' ? formatPercent(fraction * 100, decimals) : '';
    const k = typeof kappa === 'number' ? kappa.toFixed(2) : String(kappa ?? '');
    lines.push(
      `  ${String(label).padEnd(width)}  ${String(n).padStart(8)}  ${String(agreed).padStart(6)}  ${p.padStart(5)}  ${k}`.trimEnd(),
    );
  }
  const summary = moderationOf(records);
  lines.push('', 'Moderation by auditor (cases, compared, agreed, %, disagreements, resolved)');
  const names = summary.byAuditor.map((a) => a.auditor || NO_AUDITOR);
  const nameWidth = Math.max(0, ...names.map((n) => n.length));
  summary.byAuditor.forEach((a, i) => {
    const p = percent(a.agreed, a.compared, decimals);
    const cells = [
      a.cases,
      a.compared,
      a.agreed,
      p === null ? '' : formatPercent(p, decimals),
      a.disagreements,
      a.resolved,
    ];
    lines.push(`  ${names[i]!.padEnd(nameWidth)}  ${cells.map((x) => String(x).padStart(5)).join(' ')}`);
  });
  lines.push(`  ${summary.disagreements} disagreements, ${summary.resolved} resolved (Resolutions sheet)`);
  if (summary.unresolved.length > 0) lines.push('', 'Disagreements to resolve');
  for (const d of summary.unresolved) {
    const q = labels.get(d.question);
    const where = d.cell === undefined ? '' : `  ${qualifiedAddress(records.sheet, d.cell)}`;
    lines.push(
      `  ${d.caseId}, ${q?.label || d.question}: first ${answerText(q, d.first, IN_A_CELL)}, moderator ${answerText(q, d.second, IN_A_CELL)}${where}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

import { computeFindings } from '../core/findings/computeFindings';
import { findingsJson } from '../core/findings/findingsJson';
import { coverageOf } from '../core/report/coverageOf';
import { crossTabPairs } from '../core/report/crossTabPairs';
import { reportsModeration } from '../core/report/moderationSection';
import type { SheetIssue } from '../core/sheets/SheetData';
import type { CliIo } from './CliIo';
import { coverageJson, coverageText } from './coverageReport';
import { ExitCode } from './ExitCode';
import { loadXlsx } from './loadXlsx';
import { moderationJson, moderationText } from './moderationReport';
import type { FindingsCommand } from './parseCliArgs';
import { readAuditWorkbook } from './readAuditWorkbook';
import { withModeration } from './readModeration';
import { textReport } from './textReport';
import { issueLine } from './WorkbookProblem';
import { writeFindingsCopy } from './writeFindingsCopy';

/** `case-audit findings`: read, compute with the engine, print, and write the copy when asked. */
export async function runFindings(command: FindingsCommand, io: CliIo, now: Date): Promise<ExitCode> {
  if (command.out !== null) await writeFindingsCopy.checkTarget(command.workbook, command.out);
  const workbook = await loadXlsx(command.workbook);
  const data = readAuditWorkbook(workbook);
  const crossTabs = crossTabPairs(data.questionSet);
  const findings = computeFindings(data.questionSet, data.indicators, data.cases, {
    now,
    crossTabs: crossTabs.pairs,
    ...(command.includeInProgress ? { includeInProgress: true } : {}),
  });
  const warnings = [...crossTabs.issues, ...data.warnings];
  const planning = withModeration(workbook, data);
  const coverage =
    planning === undefined
      ? undefined
      : coverageOf(planning, findings.settings.includeInProgress, data.escalations);
  const moderation =
    planning?.moderation !== undefined && reportsModeration(planning.moderation, false)
      ? planning.moderation
      : undefined;
  if (command.json) {
    const json = findingsJson(findings);
    const out = {
      ...json,
      ...(coverage === undefined ? {} : { coverage: coverageJson(findings, coverage) }),
      ...(moderation === undefined ? {} : { moderation: moderationJson(findings, moderation) }),
    };
    io.out(`${JSON.stringify(out, null, 2)}\n`);
    warn(io, [...findings.warnings, ...warnings]);
  } else {
    io.out(
      textReport(findings, warnings) +
        (coverage === undefined ? '' : coverageText(findings, coverage)) +
        (moderation === undefined ? '' : moderationText(findings, moderation)),
    );
  }
  if (command.out !== null) {
    await writeFindingsCopy(workbook, findings, command.out, now, data.escalations, planning);
    io.err(`Wrote the findings into ${command.out} (${command.workbook} is unchanged).\n`);
  }
  return ExitCode.ok;
}

/** With --json, stdout is the JSON alone; anything the reader must know goes to stderr. */
function warn(io: CliIo, warnings: readonly SheetIssue[]): void {
  for (const w of warnings) io.err(`Warning: ${issueLine(w)}\n`);
}

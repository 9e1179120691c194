import { caseKey } from '../../core/sampling/caseKey';
import { drawSample } from '../../core/sampling/drawSample';
import { readCaseList } from '../../core/sampling/readCaseList';
import { SAMPLE_ALGORITHM } from '../../core/sampling/SampleResult';
import { workbookError } from '../AuditWorkbookError';
import type { ExcelHost } from '../ExcelHost';
import { caseIdText } from '../locateCase';
import { CASE_ID } from '../workbookFormat';
import { queueCaseListColumns } from './caseListSheet';
import { queueLogTable } from './logTable';
import { PLANNING_SHEETS } from './planningFormat';
import { readAuditAndCaseList } from './readAuditAndCaseList';
import { readSampleRecords, sampleFingerprint } from './sampleRecord';

export interface SampleCheck {
  readonly sample: number;
  /** True when the re-draw gives exactly the recorded cases, in order, and all are in the Audit sheet. */
  readonly same: boolean;
  /** What was checked and what differs, in words. */
  readonly findings: readonly string[];
}

/**
 * Re-draws a recorded sample from the Case list as it is now, with the stored seed and request, and
 * compares it with the record (population, number drawn, fingerprint of the Case IDs in draw order), then
 * checks every drawn case is in the Audit sheet. Three round trips.
 */
export async function verifySample(host: ExcelHost, sample: number, now: Date): Promise<SampleCheck> {
  return host.run(async (context) => {
    const { read, caseList } = await readAuditAndCaseList(context, [CASE_ID], true);
    const finishSamples = queueLogTable(context, PLANNING_SHEETS.samples, read.tableNames);
    await context.sync();
    const record = readSampleRecords(finishSamples()).find((r) => r.sample === sample);
    if (record === undefined)
      throw workbookError(
        PLANNING_SHEETS.samples,
        '',
        `There is no sample number ${sample} in the ${PLANNING_SHEETS.samples} table: check the Sample column.`,
      );
    if ('unreadable' in record.request)
      throw workbookError(
        PLANNING_SHEETS.samples,
        record.cell,
        `Sample ${sample}'s Request cell no longer reads as a request ("${record.request.unreadable}"), so it cannot be re-drawn. Restore it from the workbook's version history.`,
      );
    if (record.algorithm !== SAMPLE_ALGORITHM)
      return {
        sample,
        same: false,
        findings: [
          `Sample ${sample} was drawn with "${record.algorithm}", not this version's "${SAMPLE_ALGORITHM}": re-draw it with the procedure that name stands for.`,
        ],
      };
    const wanted = record.request.kind === 'perGroup' ? [CASE_ID, record.request.column] : [CASE_ID];
    const finishList = queueCaseListColumns(context, caseList!, wanted);
    await context.sync();
    const list = readCaseList(finishList());
    const drawn = drawSample(list.cases, record.request, record.seed, { now });
    if (drawn.kind === 'refused')
      return { sample, same: false, findings: drawn.problems.map((p) => p.message) };
    const findings: string[] = [];
    if (drawn.population !== record.population)
      findings.push(
        `The Case list now has ${drawn.population} cases; the sample was drawn from ${record.population}. A changed list draws a different sample.`,
      );
    if (drawn.caseIds.length !== record.drawn)
      findings.push(`The re-draw gives ${drawn.caseIds.length} cases; the record says ${record.drawn}.`);
    const fingerprint = sampleFingerprint(drawn.caseIds);
    if (fingerprint !== record.fingerprint)
      findings.push(
        `The re-drawn cases differ from the recorded ones (fingerprint ${fingerprint}, recorded ${record.fingerprint}).`,
      );
    else
      findings.push(
        `The re-draw gives the same ${drawn.caseIds.length} cases in the same order (fingerprint ${fingerprint}).`,
      );
    const inAudit = new Set(read.columns.get(CASE_ID)!.map((r) => caseKey(caseIdText(r[0]))));
    const absent = drawn.caseIds.filter((id) => !inAudit.has(caseKey(id)));
    if (absent.length > 0)
      findings.push(
        `${absent.length} drawn case(s) are not in the Audit sheet: ${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ' and more' : ''}.`,
      );
    return { sample, same: findings.length === 1 && fingerprint === record.fingerprint, findings };
  });
}

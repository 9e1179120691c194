import type { Codec } from '../../core/codec/createCodec';
import { drawModerationSample, type ModerationSample } from '../../core/moderation/drawModerationSample';
import { caseKey } from '../../core/sampling/caseKey';
import type { Problem } from '../../core/sampling/Problem';
import type { CellValue } from '../../core/sheets/SheetData';
import { statusOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { caseIdText } from '../locateCase';
import { readAuditColumns } from '../readAuditColumns';
import { CASE_ID, STATUS } from '../workbookFormat';
import { appendLogRows, logCell, logRows, queueLogTable } from './logTable';
import { moderatedQuestions } from './moderationTable';
import { MODERATION_FIXED, PLANNING_SHEETS, SAMPLE_COLUMNS } from './planningFormat';
import { nextSampleNumber, readSampleRecords, sampleFingerprint } from './sampleRecord';

export type ModerationDraw =
  | (Extract<ModerationSample, { kind: 'drawn' }> & {
      /** Drawn cases the Moderation table already had: left as they are. */
      readonly alreadyModerated: readonly string[];
      /** The draw's number in the Samples table. */
      readonly sample: number;
    })
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/**
 * Draws a share of the completed cases for a moderator to re-audit (three round trips) and lists them in the
 * Moderation table: Case ID, Moderator, Status, then one empty column per select question. The first
 * answers are not copied, so the moderator cannot see them. The draw is recorded in Samples.
 */
export async function drawModerationRows(
  host: ExcelHost,
  codec: Codec,
  share: number,
  seed: string,
  options: { readonly moderator: string; readonly now: Date },
): Promise<ModerationDraw> {
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const { columns, tableNames } = await readAuditColumns(context, [CASE_ID, STATUS]);
    const finishModeration = queueLogTable(context, PLANNING_SHEETS.moderation, tableNames);
    const finishSamples = queueLogTable(context, PLANNING_SHEETS.samples, tableNames);
    await context.sync();
    const status = columns.get(STATUS)!;
    const completed = columns
      .get(CASE_ID)!
      .map((r, i) => ({ id: caseIdText(r[0]), status: statusOf(status[i]?.[0] as CellValue) }))
      .filter((c) => c.id !== '' && c.status === 'Complete')
      .map((c) => c.id);
    const drawn = drawModerationSample(completed, share, seed);
    if (drawn.kind === 'refused') return drawn;
    const moderation = finishModeration();
    const listed = new Set(
      logRows(moderation).map((r) => caseKey(caseIdText(logCell(moderation, r, CASE_ID)))),
    );
    const fresh = drawn.caseIds.filter((id) => !listed.has(caseKey(id)));
    const questions = moderatedQuestions(codec).map((q) => q.name);
    const names = sheets.items.map((s) => s.name);
    const fixed = [...MODERATION_FIXED];
    if (moderation.kind === 'absent')
      appendLogRows(
        context,
        moderation,
        [...fixed, ...questions],
        fresh.map((id) => [id, options.moderator, 'Not started', ...questions.map(() => '')]),
        names,
      );
    else
      appendLogRows(
        context,
        moderation,
        fixed,
        fresh.map((id) => [id, options.moderator, 'Not started']),
        names,
      );
    const samples = finishSamples();
    const sample = nextSampleNumber(readSampleRecords(samples));
    const record: CellValue[] = [
      sample,
      options.now.toISOString(),
      options.moderator,
      seed,
      drawn.algorithm,
      `moderation: ${drawn.caseIds.length} of ${drawn.population} completed cases (share ${share})`,
      JSON.stringify({ kind: 'moderation', share }),
      drawn.population,
      '',
      drawn.caseIds.length,
      fresh.length,
      drawn.caseIds.length - fresh.length,
      sampleFingerprint(drawn.caseIds),
    ];
    appendLogRows(context, samples, SAMPLE_COLUMNS, [record], names);
    await context.sync();
    return { ...drawn, alreadyModerated: drawn.caseIds.filter((id) => listed.has(caseKey(id))), sample };
  });
}

import type { Codec } from '../../core/codec/createCodec';
import { drawModerationSample, type ModerationSample } from '../../core/moderation/drawModerationSample';
import { caseKey } from '../../core/sampling/caseKey';
import type { Problem } from '../../core/sampling/Problem';
import type { CellValue } from '../../core/sheets/SheetData';
import { statusOf, textOf } from '../caseCells';
import type { ExcelHost } from '../ExcelHost';
import { findColumn } from '../headerRow';
import { caseIdText } from '../locateCase';
import { blockAddress } from '../qualifiedAddress';
import { readAuditColumns } from '../readAuditColumns';
import { AUDITOR, CASE_ID, SAVED_BY, STATUS } from '../workbookFormat';
import { appendLogRows, logCell, logRows, queueLogTable, type LogTable } from './logTable';
import { moderatedQuestions } from './moderationTable';
import { MODERATION_FIXED, PLANNING_SHEETS, SAMPLE_COLUMNS } from './planningFormat';
import { nextSampleNumber, readSampleRecords, sampleFingerprint } from './sampleRecord';

export type ModerationDraw =
  | (Extract<ModerationSample, { kind: 'drawn' }> & {
      /** Drawn cases the Moderation table already had: left as they are. */
      readonly alreadyModerated: readonly string[];
      /** The draw's number in the Samples table. */
      readonly sample: number;
      /** The moderator named for the new rows, trimmed; '' when none was (their Moderator cells are blank). */
      readonly moderator: string;
      /**
       * New rows whose first auditor is the moderator named, each at its Moderator cell: drawn all the same
       * (a case should not be moderated by its own auditor, but the lead decides). Empty when none.
       */
      readonly warnings: readonly Problem[];
    })
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/**
 * Draws a share of the completed cases for a moderator to re-audit (three round trips) and lists them in the
 * Moderation table: Case ID, Moderator, Status, then one empty column per select question. The first
 * answers are not copied, so the moderator cannot see them. The draw is recorded in Samples as drawn by
 * `drawnBy` (the lead). The new rows' Moderator is the moderator the lead named, or blank: the moderator's
 * pane writes their own name there with their first save.
 */
export async function drawModerationRows(
  host: ExcelHost,
  codec: Codec,
  share: number,
  seed: string,
  options: { readonly drawnBy: string; readonly moderator?: string; readonly now: Date },
): Promise<ModerationDraw> {
  const moderator = (options.moderator ?? '').trim();
  // Auditor and Saved by are read only to compare them with a moderator named (a case nobody allocated has
  // only a Saved by): a draw without one reads no more than before.
  const wanted = moderator === '' ? [CASE_ID, STATUS] : [CASE_ID, AUDITOR, SAVED_BY, STATUS];
  return host.run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    const { columns, tableNames } = await readAuditColumns(context, wanted);
    const finishModeration = queueLogTable(context, PLANNING_SHEETS.moderation, tableNames);
    const finishSamples = queueLogTable(context, PLANNING_SHEETS.samples, tableNames);
    await context.sync();
    const status = columns.get(STATUS)!;
    const auditors = columns.get(AUDITOR);
    const savers = columns.get(SAVED_BY);
    const audited = columns
      .get(CASE_ID)!
      .map((r, i) => ({
        id: caseIdText(r[0]),
        status: statusOf(status[i]?.[0] as CellValue),
        auditors: [auditors, savers].map((c) => textOf(c?.[i]?.[0] as CellValue).trim()),
      }))
      .filter((c) => c.id !== '' && c.status === 'Complete');
    const drawn = drawModerationSample(
      audited.map((c) => c.id),
      share,
      seed,
    );
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
        fresh.map((id) => [id, moderator, 'Not started', ...questions.map(() => '')]),
        names,
      );
    else
      appendLogRows(
        context,
        moderation,
        fixed,
        fresh.map((id) => [id, moderator, 'Not started']),
        names,
      );
    const samples = finishSamples();
    const sample = nextSampleNumber(readSampleRecords(samples));
    const record: CellValue[] = [
      sample,
      options.now.toISOString(),
      options.drawnBy,
      seed,
      drawn.algorithm,
      // Who was to re-audit stays on record even after saves overwrite the Moderation rows' Moderator.
      `moderation: ${drawn.caseIds.length} of ${drawn.population} completed cases (share ${share})${moderator === '' ? '' : ` for ${moderator}`}`,
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
    const auditorsOf = new Map(audited.map((c) => [caseKey(c.id), c.auditors]));
    const warnings = ownAuditorWarnings(moderation, fresh, moderator, auditorsOf);
    return {
      ...drawn,
      alreadyModerated: drawn.caseIds.filter((id) => listed.has(caseKey(id))),
      sample,
      moderator,
      warnings,
    };
  });
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * A warning for each new row whose case the moderator named audited (allocated to them, or saved by them
 * last), at the row's Moderator cell
 * (where appendLogRows put it: after the table's rows, or filling a new table's one empty row).
 */
function ownAuditorWarnings(
  moderation: LogTable,
  fresh: readonly string[],
  moderator: string,
  auditorsOf: ReadonlyMap<string, readonly string[]>,
): Problem[] {
  if (moderator === '') return [];
  const blankOnly = moderation.rows.length === 1 && moderation.rows[0]!.every((c) => c === null || c === '');
  const firstRow =
    moderation.kind === 'absent' ? 1 : moderation.headerRow + 1 + (blankOnly ? 0 : moderation.rows.length);
  const column =
    moderation.kind === 'absent'
      ? MODERATION_FIXED.indexOf('Moderator')
      : moderation.firstColumn + findColumn(moderation.header, 'Moderator');
  const warnings: Problem[] = [];
  fresh.forEach((id, i) => {
    if (!(auditorsOf.get(caseKey(id)) ?? []).some((name) => sameName(name, moderator))) return;
    warnings.push({
      sheet: moderation.sheet,
      cell: blockAddress(firstRow + i, column, 1, 1),
      message: `Case ${id} was audited by ${moderator} (its Auditor or Saved by cell), the moderator named: a case should not be moderated by its own auditor. Type another moderator's name in this cell.`,
    });
  });
  return warnings;
}

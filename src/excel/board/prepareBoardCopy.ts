import { computeFindings } from '../../core/findings/computeFindings';
import { crossTabPairs } from '../../core/report/crossTabPairs';
import { findingsReport } from '../../core/report/findingsReport';
import { percentFormat } from '../../core/report/percentCell';
import { toBase64 } from '../../xlsx/base64';
import { writeXlsx } from '../../xlsx/writeXlsx';
import { XlsxError } from '../../xlsx/XlsxError';
import { workbookError } from '../AuditWorkbookError';
import type { ExcelHost } from '../ExcelHost';
import { refreshedAtText } from '../findings/refreshedAtText';
import { boardCopyFileName } from './boardCopyFileName';
import { boardSummary } from './boardSummary';
import { findIdentifying } from './findIdentifying';
import { readBoardFindings } from './readBoardFindings';

export interface BoardCopyOptions {
  /** The clock for today()/now() and the copy's date; injected so tests are reproducible. */
  readonly now?: () => Date;
}

export interface BoardCopy {
  /** The .xlsx file. */
  readonly bytes: Uint8Array;
  readonly base64: string;
  readonly fileName: string;
  /** What was removed and suppressed, a sentence a line, as the copy's first sheet says it. */
  readonly summary: string[];
}

/**
 * Builds the board copy's bytes without opening anything: the findings with small numbers suppressed, laid
 * out for the board (About this copy, then Findings: no case rows, names or free text), checked once more
 * for any Case ID, name or free text from the Audit rows, and written as an .xlsx with native charts.
 * Reads only; the audit workbook is not changed.
 */
export async function buildBoardCopy(host: ExcelHost, options: BoardCopyOptions = {}): Promise<BoardCopy> {
  const now = (options.now ?? (() => new Date()))();
  const read = await readBoardFindings(host, now);
  const { findings } = read;
  const meta = { refreshedAt: refreshedAtText(now), audience: 'board' as const };
  const sheets = findingsReport(findings, {
    ...meta,
    ...(read.escalations === undefined ? {} : { escalations: read.escalations }),
    ...(read.planning === undefined ? {} : { planning: read.planning }),
  });
  // The same layout with no cases holds every label and the layout's own words, and nothing identifying.
  const crossTabs = crossTabPairs(read.questionSet).pairs;
  const empty = computeFindings(read.questionSet, read.indicators, [], { now, suppress: true, crossTabs });
  const planning = read.planning === undefined ? {} : { planning: { ...read.planning, cases: [] } };
  const baseline = findingsReport(empty, { ...meta, escalations: [], ...planning });
  const found = findIdentifying(sheets, read.identifying, baseline);
  if (found !== null)
    throw workbookError(
      found.at.sheet,
      found.at.where,
      `The board copy was not made: ${found.at.where} of its ${found.at.sheet} sheet would hold a ${found.kind} from the audit. Nothing was written or opened. This is a fault in Case Audit, not in your workbook: please report it.`,
    );
  let bytes: Uint8Array;
  try {
    bytes = writeXlsx(sheets, { percentFormat: percentFormat(findings.settings.decimals) });
  } catch (error) {
    if (!(error instanceof XlsxError)) throw error;
    throw workbookError(error.sheet, error.cell, `The board copy could not be written: ${error.message}`);
  }
  return {
    bytes,
    base64: toBase64(bytes),
    fileName: boardCopyFileName(findings.form.title, now),
    summary: boardSummary(sheets),
  };
}

/**
 * Prepare board copy: builds it, then opens it as a new workbook where the host can (Excel, through
 * `createWorkbook`); elsewhere (the browser preview) `opened` is false and the caller offers the bytes.
 */
export async function prepareBoardCopy(
  host: ExcelHost,
  options: BoardCopyOptions = {},
): Promise<BoardCopy & { readonly opened: boolean }> {
  const copy = await buildBoardCopy(host, options);
  if (host.createWorkbook === undefined) return { ...copy, opened: false };
  await host.createWorkbook(copy.base64);
  return { ...copy, opened: true };
}

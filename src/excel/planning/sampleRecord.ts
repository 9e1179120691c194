import { caseKey } from '../../core/sampling/caseKey';
import { cyrb128 } from '../../core/sampling/cyrb128';
import type { DrawnSample, SampleRequest } from '../../core/sampling/SampleResult';
import type { CellValue } from '../../core/sheets/SheetData';
import { cellAddress } from '../../core/sheets/cellAddress';
import { findColumn } from '../headerRow';
import { logCell, logRows, type LogTable } from './logTable';

/**
 * A short check of a sample's Case IDs in draw order: cyrb128 of their trimmed, upper-cased IDs joined by
 * line breaks, as 32 hex digits. A cell holds at most 32,767 characters, too few for 100,000 IDs, so the
 * record keeps this instead; a re-draw that gives the same fingerprint gave the same cases in the same order.
 */
export function sampleFingerprint(caseIds: readonly string[]): string {
  return cyrb128(caseIds.map(caseKey).join('\n'))
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
}

/** The Samples row for a draw, in SAMPLE_COLUMNS order. */
export function sampleRowValues(sample: number, drawn: DrawnSample): CellValue[] {
  const groups = drawn.groups.map((g) => `${g.value}: ${g.size} of ${g.population}`).join('; ');
  return [
    sample,
    drawn.drawnAt,
    drawn.drawnBy,
    drawn.seed,
    drawn.algorithm,
    drawn.method,
    JSON.stringify(drawn.request),
    drawn.population,
    groups,
    drawn.caseIds.length,
    drawn.newCaseIds.length,
    drawn.alreadyInAudit.length,
    sampleFingerprint(drawn.caseIds),
  ];
}

/** A Samples row as read back, to re-draw it. */
export interface SampleRecord {
  readonly sample: number;
  readonly seed: string;
  readonly algorithm: string;
  /** The request, or why the Request cell cannot be read. */
  readonly request: SampleRequest | { readonly unreadable: string };
  readonly population: number;
  readonly drawn: number;
  readonly fingerprint: string;
  /** Where the row is, for messages: the Sample cell. */
  readonly cell: string;
}

const text = (v: CellValue): string => (v === null ? '' : String(v));

function parseRequest(raw: string): SampleRequest | { readonly unreadable: string } {
  try {
    const value = JSON.parse(raw) as Partial<Record<string, unknown>>;
    if (value.kind === 'total' && typeof value.size === 'number') return { kind: 'total', size: value.size };
    const sizes = value.sizes;
    if (
      value.kind === 'perGroup' &&
      typeof value.column === 'string' &&
      typeof sizes === 'object' &&
      sizes !== null &&
      Object.values(sizes).every((n) => typeof n === 'number')
    )
      return { kind: 'perGroup', column: value.column, sizes: sizes as Record<string, number> };
  } catch {
    // falls through to the message below
  }
  return { unreadable: raw };
}

export function readSampleRecords(log: LogTable): SampleRecord[] {
  const at = findColumn(log.header, 'Sample');
  return log.rows.flatMap((row, i) => {
    if (!logRows(log).includes(row)) return [];
    const cell = cellAddress(log.headerRow + 2 + i, log.firstColumn + 1 + Math.max(0, at));
    const get = (name: string) => logCell(log, row, name);
    return [
      {
        sample: Number(get('Sample')),
        seed: text(get('Seed')),
        algorithm: text(get('Algorithm')),
        request: parseRequest(text(get('Request'))),
        population: Number(get('Population')),
        drawn: Number(get('Drawn')),
        fingerprint: text(get('Fingerprint')).trim().toLowerCase(),
        cell,
      },
    ];
  });
}

/** The next draw's number: one more than the highest so far. */
export function nextSampleNumber(records: readonly SampleRecord[]): number {
  return records.reduce((n, r) => (Number.isInteger(r.sample) && r.sample > n ? r.sample : n), 0) + 1;
}

import { cellAddress } from '../sheets/cellAddress';
import type { CellValue } from '../sheets/SheetData';
import type { MergeLogChange } from './MergeLog';
import type { ReportLink, ReportTable, StyledRange } from './ReportSheet';

const CHANGED_COLUMNS = ['Case ID', 'What happened', 'Cell here', 'Resolution'];
const WHAT = CHANGED_COLUMNS.indexOf('What happened') + 1;
const CELL_HERE = CHANGED_COLUMNS.indexOf('Cell here') + 1;

/** Rows to add under a sheet's last row, with what they need besides their cells. */
export interface SheetPart {
  readonly cells: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  readonly tables: readonly ReportTable[];
  readonly links: readonly ReportLink[];
  readonly wrapped: readonly string[];
}

/**
 * The Merge log's last section: what co-authors changed while the import was written. It comes last so
 * that adding it, once the import has read the Case ID column back, moves nothing already written; one row
 * per finding, in a table like the conflicts' (filterable, a link, an empty Resolution), its sentence
 * wrapped in the wide column because it is a paragraph of advice. `last` is the sheet's last row so far.
 */
export function mergeLogChangedSection(
  changes: readonly MergeLogChange[],
  table: string,
  last: number,
): SheetPart {
  const heading = last + 2;
  const header = heading + 2;
  const end = header + changes.length;
  const moved = changes.filter((c) => c.moved === true).length;
  // The Workbooks table above counts these out of Cases filled in; said here so the counts add up.
  const uncounted =
    moved === 0
      ? ''
      : ` Cases filled in (under Workbooks) leaves out the ${moved === 1 ? 'case' : `${moved} cases`} whose imported cells went into another row: ${moved === 1 ? 'it is' : 'they are'} counted here.`;
  const links: ReportLink[] = [];
  changes.forEach((c, i) => {
    if (c.cell !== '') links.push({ cell: cellAddress(header + 1 + i, CELL_HERE), target: c.cell });
  });
  return {
    cells: [
      [],
      [`Changed by others while importing (${changes.length})`],
      [
        `Someone changed the Audit sheet while this import was being written; the import found these when it read the Case ID column back. Each needs a person: do what it says, then note what was done under Resolution.${uncounted}`,
      ],
      CHANGED_COLUMNS,
      ...changes.map((c) => [c.caseId, c.message, c.cell, '']),
    ],
    styles: [
      { range: `A${heading}`, style: 'heading' },
      { range: `A${heading + 1}`, style: 'note' },
    ],
    tables: [{ name: table, range: `A${header}:${cellAddress(end, CHANGED_COLUMNS.length)}` }],
    links,
    wrapped: [`${cellAddress(header + 1, WHAT)}:${cellAddress(end, WHAT)}`],
  };
}

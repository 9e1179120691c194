import type { ReportLink, ReportSheet, StyledRange } from '../core/report/ReportSheet';
import { cellAddress } from '../core/sheets/cellAddress';
import type { CellValue } from '../core/sheets/SheetData';
import type { MergeJson } from './mergeJson';

export const MERGE_LOG = 'Merge log';

const WORKBOOK_COLUMNS = [
  'Order',
  'Workbook',
  'Role',
  'Case rows',
  'Cases added',
  'Cases filled in',
  'Conflicts',
];
const CONFLICT_COLUMNS = [
  'Case ID',
  'Question',
  'Kept answer',
  'Kept from',
  'Other answer',
  'Other from',
  'Cell here',
  'Resolution',
];

/** "Merge log", or "Merge log 2" when an earlier merge left its log: no record is ever replaced. */
export function mergeLogName(existing: readonly string[]): string {
  const taken = new Set(existing.map((s) => s.toLowerCase()));
  let name = MERGE_LOG;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${MERGE_LOG} ${n}`;
  return name;
}

const from = (file: string, cell: string): string => (cell === '' ? file : `${file} ${cell}`);

/**
 * The record of a merge, written into the combined copy so the lead can resolve conflicts in Excel: when and
 * from what it was made, the counts per workbook, and every conflict as a table row (filterable, with a link
 * to the cell and an empty Resolution column to note what was agreed).
 */
export function mergeLogSheet(merge: MergeJson, name: string, mergedAt: string): ReportSheet {
  const suffix = name === MERGE_LOG ? '' : `_${name.slice(MERGE_LOG.length + 1)}`;
  const cells: CellValue[][] = [
    ['Merge of audit workbooks'],
    [
      `Made ${mergedAt} by case-audit merge from ${merge.sources.map((s) => s.file).join(', ')} (${merge.form.title}, version ${merge.form.version}). The base is ${merge.base}; the others were merged into it in order. Nothing in the workbooks read was changed.`,
    ],
    [],
    ['Workbooks'],
    WORKBOOK_COLUMNS,
    ...merge.sources.map((s, i) => [
      i + 1,
      s.file,
      s.role === 'base' ? 'Base' : 'Merged in',
      s.rows,
      s.added.length,
      s.filled.length,
      s.conflicts,
    ]),
    [],
    [`Conflicts (${merge.conflicts.length})`],
  ];
  const styles: StyledRange[] = [
    { range: 'A1', style: 'title' },
    { range: 'A2', style: 'note' },
    { range: 'A4', style: 'heading' },
  ];
  const tables = [{ name: `Merge_workbooks${suffix}`, range: `A5:G${5 + merge.sources.length}` }];
  const links: ReportLink[] = [];
  const conflictsAt = cells.length;
  styles.push({ range: `A${conflictsAt}`, style: 'heading' });
  if (merge.conflicts.length === 0) {
    cells.push(['None: no case was answered differently in two workbooks.']);
    styles.push({ range: `A${conflictsAt + 1}`, style: 'note' });
  } else {
    cells.push(
      [
        'The kept answer is the one in the combined Audit sheet; the other was not written. Agree which is right, correct the cell (Cell here links to it) and note what was agreed under Resolution.',
      ],
      CONFLICT_COLUMNS,
    );
    styles.push({ range: `A${conflictsAt + 1}`, style: 'note' });
    for (const c of merge.conflicts) {
      cells.push([
        c.caseId,
        c.question,
        c.kept.answer,
        from(c.kept.file, c.kept.cell),
        c.other.answer,
        from(c.other.file, c.other.cell),
        c.cell,
        '',
      ]);
      if (c.cell !== '') links.push({ cell: cellAddress(cells.length, 7), target: c.cell });
    }
    tables.push({ name: `Merge_conflicts${suffix}`, range: `A${conflictsAt + 2}:H${cells.length}` });
  }
  return {
    name,
    cells,
    styles,
    tables,
    charts: [],
    links,
    columnWidths: [12, 28, 24, 28, 24, 28, 14, 30],
    freezeRows: 0,
  };
}

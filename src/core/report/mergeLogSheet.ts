import { cellAddress } from '../sheets/cellAddress';
import type { CellValue } from '../sheets/SheetData';
import type { MergeLog } from './MergeLog';
import { mergeLogChangedSection } from './mergeLogChangedSection';
import type { ReportLink, ReportSheet, ReportTable, StyledRange } from './ReportSheet';

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
  'Question name',
  'Kept answer',
  'Kept from',
  'Other answer',
  'Other from',
  'Cell here',
  'Resolution',
];
/** The column of the link to the kept answer's cell (1-based). */
const CELL_HERE = CONFLICT_COLUMNS.indexOf('Cell here') + 1;

const suffixOf = (name: string): string => (name === MERGE_LOG ? '' : `_${name.slice(MERGE_LOG.length + 1)}`);

/**
 * The log's tables; their names follow the sheet's ("Merge log 2": Merge_workbooks_2). `changed` is added
 * only when co-authors changed the Audit sheet during an import, but its name is kept free from the start:
 * by then the log is written and its name cannot move on.
 */
export function mergeLogTables(name: string): {
  readonly workbooks: string;
  readonly conflicts: string;
  readonly changed: string;
} {
  const suffix = suffixOf(name);
  return {
    workbooks: `Merge_workbooks${suffix}`,
    conflicts: `Merge_conflicts${suffix}`,
    changed: `Merge_changed${suffix}`,
  };
}

/**
 * "Merge log", or "Merge log 2" when an earlier merge left its log: no record is ever replaced. Table names
 * are workbook-wide, so a renamed earlier log still holding Merge_workbooks also moves the number on.
 */
export function mergeLogName(sheets: readonly string[], tables: readonly string[] = []): string {
  const taken = new Set([...sheets, ...tables].map((s) => s.toLowerCase()));
  const free = (name: string): boolean =>
    !taken.has(name.toLowerCase()) &&
    Object.values(mergeLogTables(name)).every((t) => !taken.has(t.toLowerCase()));
  let name = MERGE_LOG;
  for (let n = 2; !free(name); n++) name = `${MERGE_LOG} ${n}`;
  return name;
}

const from = (file: string, cell: string): string => (cell === '' ? file : `${file} ${cell}`);

/** Said in Cell here when the case had left the Audit sheet by the time the import read it back. */
const NOT_FOUND = 'Not found';

function intro(log: MergeLog): string {
  const form = `${log.form.title}, version ${log.form.version}`;
  if (log.made.by === 'command line')
    return `Made ${log.madeAt} by case-audit merge from ${log.sources.map((s) => s.file).join(', ')} (${form}). The base is ${log.base}; the others were merged into it in order. Nothing in the workbooks read was changed.`;
  const others = log.sources.filter((s) => s.role === 'merged').map((s) => s.file);
  const lead = log.made.lead === '' ? '' : ` by ${log.made.lead}`;
  // A moved row took the cells meant for another case's blanks, over whatever that row held.
  const except =
    log.changed?.some((c) => c.moved === true) === true
      ? ' except where rows moved while the import was written (see Changed by others while importing)'
      : '';
  return `Made ${log.madeAt}${lead} with Import another workbook (Planning tab): the Audit rows of ${others.join(', ')} were merged into ${log.base} (${form}). New cases were added and blank answers filled in; no answer was overwritten${except}. Nothing in ${others.join(', ')} was changed.`;
}

/**
 * The record of a merge, written into the workbook that received it so the lead can resolve conflicts in
 * Excel: when and from what it was made, the counts per workbook, and every conflict as a table row
 * (filterable, with a link to the cell and an empty Resolution column to note what was agreed). A conflict
 * names its question as the pane asks it, and by name too: the name is the Audit column's header, what the
 * lead filters or searches the Audit sheet by.
 */
export function mergeLogSheet(log: MergeLog, name: string): ReportSheet {
  const names = mergeLogTables(name);
  const cells: CellValue[][] = [
    ['Merge of audit workbooks'],
    [intro(log)],
    [],
    ['Workbooks'],
    WORKBOOK_COLUMNS,
    ...log.sources.map((s, i) => [
      i + 1,
      s.file,
      s.role === 'base' ? 'Base' : 'Merged in',
      s.rows,
      s.added,
      s.filled,
      s.conflicts,
    ]),
    [],
    [`Conflicts (${log.conflicts.length})`],
  ];
  const styles: StyledRange[] = [
    { range: 'A1', style: 'title' },
    { range: 'A2', style: 'note' },
    { range: 'A4', style: 'heading' },
  ];
  const tables: ReportTable[] = [{ name: names.workbooks, range: `A5:G${5 + log.sources.length}` }];
  const links: ReportLink[] = [];
  const conflictsAt = cells.length;
  styles.push({ range: `A${conflictsAt}`, style: 'heading' });
  if (log.conflicts.length === 0) {
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
    for (const c of log.conflicts) {
      cells.push([
        c.caseId,
        c.label,
        c.question,
        c.kept.answer,
        from(c.kept.file, c.kept.cell),
        c.other.answer,
        from(c.other.file, c.other.cell),
        c.notFound === true ? NOT_FOUND : c.cell,
        '',
      ]);
      if (c.cell !== '') links.push({ cell: cellAddress(cells.length, CELL_HERE), target: c.cell });
    }
    tables.push({
      name: names.conflicts,
      range: `A${conflictsAt + 2}:${cellAddress(cells.length, CONFLICT_COLUMNS.length)}`,
    });
  }
  const wrapped: string[] = [];
  if (log.changed !== undefined && log.changed.length > 0) {
    const part = mergeLogChangedSection(log.changed, names.changed, cells.length);
    cells.push(...part.cells.map((r) => [...r]));
    styles.push(...part.styles);
    tables.push(...part.tables);
    links.push(...part.links);
    wrapped.push(...part.wrapped);
  }
  return {
    name,
    cells,
    styles,
    tables,
    charts: [],
    links,
    ...(wrapped.length === 0 ? {} : { wrapped }),
    columnWidths: [12, 40, 20, 24, 28, 24, 28, 14, 30],
    freezeRows: 0,
  };
}

import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { cellAddress, columnLetters } from '../core/sheets/cellAddress';
import type { SheetSnapshot } from '../excel-sim';
import type { CellScalar } from '../excel-sim/model/parseInput';
import { formatText } from '../excel-sim/model/formatText';
import type { Rect } from '../excel-sim/model/Rect';
import { cellFormatAt } from './cellFormatAt';
import { cellStyles } from './cellStyles';
import { GRID_FONT, measureText, type MeasureText } from './measureText';
import { overflowEnd } from './overflowEnd';
import { CELL_PADDING, DEFAULT_ROW_POINTS, px, sheetLayout } from './sheetLayout';

const HEAD_HEIGHT = px(DEFAULT_ROW_POINTS);
const ROW_HEAD_WIDTH = 44;
const OVERSCAN = 10;
/** An empty sheet still looks like a sheet. */
const MIN_ROWS = 40;
const MIN_COLUMNS = 12;
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const;

const useStyles = makeStyles({
  scroller: { overflow: 'auto', height: '100%', position: 'relative' },
  table: { borderCollapse: 'separate', borderSpacing: 0, tableLayout: 'fixed', fontFamily: GRID_FONT },
  head: {
    position: 'sticky',
    zIndex: 2,
    height: `${HEAD_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
    overflow: 'hidden',
  },
  rowHead: { position: 'sticky', left: 0, zIndex: 3, textAlign: 'right', width: '44px' },
  active: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  cell: {
    padding: `0 ${CELL_PADDING}px`,
    overflow: 'hidden',
    whiteSpace: 'pre',
    lineHeight: 1.2,
    // Excel's default vertical alignment.
    verticalAlign: 'bottom',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  covered: { borderRightColor: 'transparent' },
  frozen: { position: 'sticky', zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  /** The selected range when it is on this sheet. */
  readonly selection: Rect | null;
  readonly onSelect: (address: string) => void;
  /** Text widths; the browser's own metrics by default. */
  readonly measure?: MeasureText;
}

/**
 * One sheet as a grid, drawn as Excel draws it: column widths and row heights from the workbook, text that runs
 * over into empty neighbours or wraps, numbers that do not fit as ####, frozen rows and columns. Only the rows and
 * columns in view (and the frozen ones) are rendered, so an Audit sheet of thousands of cases scrolls as fast as
 * an empty one.
 */
export function SheetGrid({ sheet, selection, onSelect, measure = measureText }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800, left: 0, width: 1200 });
  const rowCount = Math.max(sheet.values.length + 5, MIN_ROWS);
  const columnCount = Math.max(Math.max(...sheet.values.map((r) => r.length), 0) + 2, MIN_COLUMNS);
  const formatAt = useMemo(() => cellFormatAt(sheet), [sheet]);
  const { rows, columns } = useMemo(
    () => sheetLayout(sheet, rowCount, columnCount, measure),
    [sheet, rowCount, columnCount, measure],
  );
  const frozen = Math.min(sheet.frozen.rows, rowCount);
  const frozenColumns = Math.min(sheet.frozen.columns, columnCount);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measureView = () =>
      setView({
        top: element.scrollTop,
        // Zero before layout (and in jsdom): assume a screenful rather than render nothing.
        height: element.clientHeight || 800,
        left: element.scrollLeft,
        width: element.clientWidth || 1200,
      });
    measureView();
    element.addEventListener('scroll', measureView, { passive: true });
    window.addEventListener('resize', measureView);
    return () => {
      element.removeEventListener('scroll', measureView);
      window.removeEventListener('resize', measureView);
    };
  }, []);

  // When the pane selects a row out of view (opening a case), bring it into view as Excel does.
  const selectedRow = selection?.r0 ?? null;
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedRow === null || selectedRow < frozen) return;
    const y = HEAD_HEIGHT + rows.start(selectedRow);
    const hidden = HEAD_HEIGHT + rows.start(frozen);
    if (
      y < element.scrollTop + hidden ||
      y + rows.size(selectedRow) > element.scrollTop + element.clientHeight
    ) {
      element.scrollTop = Math.max(0, y - element.clientHeight / 2);
    }
  }, [selectedRow, frozen, sheet.name, rows]);

  const first = Math.max(frozen, rows.indexAt(view.top) - OVERSCAN);
  const last = Math.min(rowCount, rows.indexAt(view.top + view.height) + 1 + OVERSCAN);
  const isSelected = (r: number, c: number) =>
    selection !== null && r >= selection.r0 && r <= selection.r1 && c >= selection.c0 && c <= selection.c1;
  // Columns are windowed too (an Audit sheet has a column per question); frozen ones are always there.
  const firstColumn = Math.max(frozenColumns, columns.indexAt(view.left - ROW_HEAD_WIDTH) - 2);
  const lastColumn = Math.min(columnCount, columns.indexAt(view.left + view.width) + 3);
  const columnIndexes = [
    ...Array.from({ length: frozenColumns }, (_, i) => i),
    ...Array.from({ length: Math.max(0, lastColumn - firstColumn) }, (_, i) => firstColumn + i),
  ];
  const padLeft = columns.start(firstColumn) - columns.start(frozenColumns);
  const padRight = columns.total - columns.start(lastColumn);
  // Always rendered, even at zero width, so every row has the same cells under the colgroup.
  const pad = (key: string) => <td key={key} aria-hidden="true" style={{ padding: 0, border: 'none' }} />;
  const stickyLeft = (c: number): CSSProperties | undefined =>
    c < frozenColumns ? { position: 'sticky', left: `${ROW_HEAD_WIDTH + columns.start(c)}px` } : undefined;

  /** Stacking: frozen cells over scrolled ones, the frozen corner over both, text that runs over above its neighbours. */
  const layer = (r: number, c: number, runsOver: boolean): CSSProperties => {
    const pinned = r < frozen || c < frozenColumns;
    if (r < frozen && c < frozenColumns) return { zIndex: 2, ...(runsOver ? { overflow: 'visible' } : {}) };
    if (runsOver)
      return pinned ? { overflow: 'visible' } : { overflow: 'visible', position: 'relative', zIndex: 1 };
    return {};
  };

  /** One cell as Excel draws it; covered collects the columns whose right gridline its text runs across. */
  const cellView = (r: number, c: number, values: readonly CellScalar[], covered: Set<number>) => {
    const value = values[c] ?? '';
    const address = cellAddress(r + 1, c + 1);
    const format = formatAt(r, c);
    const numberFormat = sheet.numberFormats[address] ?? 'General';
    let text = value === '' ? '' : formatText(value, numberFormat);
    const style = cellStyles(format, value);
    const room = columns.size(c) - 2 * CELL_PADDING;
    const width = text === '' || format.wrap ? 0 : measure(text, format.size, format.bold);
    let runsOver = 0;
    if (width > room && typeof value === 'number' && numberFormat !== 'General') {
      // Excel shows a formatted number (a date, a percentage) that does not fit as #### rather than cut it.
      text = '#'.repeat(Math.max(1, Math.floor(room / measure('#', format.size, format.bold))));
    } else if (width > room && typeof value === 'string' && style.textAlign === 'left') {
      const end = overflowEnd(values, c, width + 2 * CELL_PADDING, columns);
      for (let k = c; k < end; k++) covered.add(k);
      if (end > c) runsOver = columns.start(end + 1) - columns.start(c) - 2 * CELL_PADDING;
    }
    return { c, address, format, text, style, runsOver };
  };

  const renderRow = (r: number) => {
    const top = r < frozen ? { top: `${HEAD_HEIGHT + rows.start(r)}px` } : undefined;
    const rowActive = selection !== null && r >= selection.r0 && r <= selection.r1;
    const values = sheet.values[r] ?? [];
    const covered = new Set<number>();
    const cells = columnIndexes.map((c) => cellView(r, c, values, covered));
    const td = ({ c, address, format, text, style, runsOver }: (typeof cells)[number]) => {
      const classes = [
        styles.cell,
        format.wrap ? styles.wrap : '',
        covered.has(c) ? styles.covered : '',
        r < frozen || c < frozenColumns ? styles.frozen : '',
        isSelected(r, c) ? styles.selected : '',
      ];
      return (
        <td
          key={c}
          role="gridcell"
          className={classes.join(' ')}
          style={{ ...top, ...stickyLeft(c), ...layer(r, c, runsOver > 0), ...style }}
          title={text.length > 14 && runsOver === 0 && !format.wrap ? text : undefined}
          data-address={address}
          aria-selected={isSelected(r, c) || undefined}
          onClick={() => onSelect(address)}
        >
          {runsOver > 0 ? <div style={{ width: `${runsOver}px`, overflow: 'hidden' }}>{text}</div> : text}
        </td>
      );
    };
    return (
      <tr key={r} aria-rowindex={r + 2} style={{ height: `${rows.size(r)}px` }}>
        <th
          scope="row"
          className={`${styles.head} ${styles.rowHead} ${rowActive ? styles.active : ''}`}
          style={top}
        >
          {r + 1}
        </th>
        {cells.slice(0, frozenColumns).map(td)}
        {pad('left')}
        {cells.slice(frozenColumns).map(td)}
        {pad('right')}
      </tr>
    );
  };

  const spacer = (key: string, height: number) =>
    height > 0 ? (
      <tr key={key} aria-hidden="true" style={{ height: `${height}px` }}>
        <td colSpan={columnIndexes.length + 3} />
      </tr>
    ) : null;

  const header = (c: number) => (
    <th
      key={c}
      scope="col"
      className={`${styles.head} ${selection && c >= selection.c0 && c <= selection.c1 ? styles.active : ''}`}
      style={{ top: 0, ...stickyLeft(c), zIndex: c < frozenColumns ? 3 : 2 }}
    >
      {columnLetters(c + 1)}
    </th>
  );

  return (
    // Focusable so the sheet can be scrolled from the keyboard; role grid because cells are selectable.
    <div className={styles.scroller} ref={scroller} tabIndex={0}>
      <table
        className={styles.table}
        style={{ width: `${ROW_HEAD_WIDTH + columns.total}px` }}
        role="grid"
        aria-label={`Sheet ${sheet.name}`}
        aria-rowcount={rowCount + 1}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEAD_WIDTH}px` }} />
          {columnIndexes.slice(0, frozenColumns).map((c) => (
            <col key={c} style={{ width: `${columns.size(c)}px` }} />
          ))}
          <col style={{ width: `${padLeft}px` }} />
          {columnIndexes.slice(frozenColumns).map((c) => (
            <col key={c} style={{ width: `${columns.size(c)}px` }} />
          ))}
          <col style={{ width: `${padRight}px` }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={`${styles.head} ${styles.rowHead}`} style={{ top: 0, zIndex: 4 }}>
              <span style={VISUALLY_HIDDEN}>Row</span>
            </th>
            {columnIndexes.slice(0, frozenColumns).map(header)}
            {pad('left')}
            {columnIndexes.slice(frozenColumns).map(header)}
            {pad('right')}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: frozen }, (_, r) => renderRow(r))}
          {spacer('above', rows.start(first) - rows.start(frozen))}
          {Array.from({ length: Math.max(0, last - first) }, (_, i) => renderRow(first + i))}
          {spacer('below', rows.total - rows.start(Math.max(last, first)))}
        </tbody>
      </table>
    </div>
  );
}

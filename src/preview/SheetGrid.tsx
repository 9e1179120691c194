import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { cellAddress, columnLetters } from '../core/sheets/cellAddress';
import type { SheetSnapshot } from '../excel-sim';
import { formatText } from '../excel-sim/model/formatText';
import type { Rect } from '../excel-sim/model/Rect';
import { cellStyles } from './cellStyles';

const ROW_HEIGHT = 24;
const COLUMN_WIDTH = 120;
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
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    tableLayout: 'fixed',
    fontSize: tokens.fontSizeBase200,
  },
  head: {
    position: 'sticky',
    zIndex: 2,
    height: `${ROW_HEIGHT}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: '0 4px',
  },
  rowHead: { position: 'sticky', left: 0, zIndex: 1, textAlign: 'right', width: '44px' },
  active: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1 },
  cell: {
    height: `${ROW_HEIGHT}px`,
    padding: '0 4px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  frozen: { position: 'sticky', zIndex: 1, backgroundColor: tokens.colorNeutralBackground1 },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
});

export interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  /** The selected range when it is on this sheet. */
  readonly selection: Rect | null;
  readonly onSelect: (address: string) => void;
}

/**
 * One sheet as a grid. Only the rows in view (and the frozen ones) are rendered, so an Audit sheet of
 * thousands of cases scrolls as fast as an empty one.
 */
export function SheetGrid({ sheet, selection, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800, left: 0, width: 1200 });
  const styleAt = useMemo(() => cellStyles(sheet), [sheet]);
  const rows = Math.max(sheet.values.length + 5, MIN_ROWS);
  const columns = Math.max(...sheet.values.map((r) => r.length), 0) + 2;
  const columnCount = Math.max(columns, MIN_COLUMNS);
  const frozen = Math.min(sheet.frozen.rows, rows);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () =>
      setView({
        top: element.scrollTop,
        // Zero before layout (and in jsdom): assume a screenful rather than render nothing.
        height: element.clientHeight || 800,
        left: element.scrollLeft,
        width: element.clientWidth || 1200,
      });
    measure();
    element.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      element.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, []);

  // When the pane selects a row out of view (opening a case), bring it into view as Excel does.
  const selectedRow = selection?.r0 ?? null;
  useEffect(() => {
    const element = scroller.current;
    if (!element || selectedRow === null || selectedRow < frozen) return;
    const y = (selectedRow + 1) * ROW_HEIGHT;
    const hidden = (frozen + 1) * ROW_HEIGHT;
    if (y < element.scrollTop + hidden || y + ROW_HEIGHT > element.scrollTop + element.clientHeight) {
      element.scrollTop = Math.max(0, y - element.clientHeight / 2);
    }
  }, [selectedRow, frozen, sheet.name]);

  const first = Math.max(frozen, Math.floor(view.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows, Math.ceil((view.top + view.height) / ROW_HEIGHT) + OVERSCAN);
  const isSelected = (r: number, c: number) =>
    selection !== null && r >= selection.r0 && r <= selection.r1 && c >= selection.c0 && c <= selection.c1;
  // Columns are windowed too: an Audit sheet has a column per question.
  const firstColumn = Math.max(0, Math.floor((view.left - ROW_HEAD_WIDTH) / COLUMN_WIDTH) - 2);
  const lastColumn = Math.min(columnCount, Math.ceil((view.left + view.width) / COLUMN_WIDTH) + 2);
  const columnIndexes = Array.from({ length: lastColumn - firstColumn }, (_, i) => firstColumn + i);
  const padLeft = firstColumn * COLUMN_WIDTH;
  const padRight = (columnCount - lastColumn) * COLUMN_WIDTH;
  // Always rendered, even at zero width, so every row has the same cells under the colgroup.
  const pad = (key: string) => <td key={key} aria-hidden="true" style={{ padding: 0, border: 'none' }} />;

  const renderRow = (r: number) => {
    const sticky = r < frozen ? { top: `${(r + 1) * ROW_HEIGHT}px` } : undefined;
    const rowActive = selection !== null && r >= selection.r0 && r <= selection.r1;
    return (
      <tr key={r} aria-rowindex={r + 2}>
        <th
          scope="row"
          className={`${styles.head} ${styles.rowHead} ${rowActive ? styles.active : ''}`}
          style={sticky}
        >
          {r + 1}
        </th>
        {pad('left')}
        {columnIndexes.map((c) => {
          const value = sheet.values[r]?.[c] ?? '';
          const address = cellAddress(r + 1, c + 1);
          const text = value === '' ? '' : formatText(value, sheet.numberFormats[address] ?? 'General');
          const classes = [
            styles.cell,
            r < frozen ? styles.frozen : '',
            isSelected(r, c) ? styles.selected : '',
          ];
          return (
            <td
              key={c}
              role="gridcell"
              className={classes.join(' ')}
              style={{ ...sticky, ...styleAt(r, c) }}
              title={text.length > 14 ? text : undefined}
              data-address={address}
              aria-selected={isSelected(r, c) || undefined}
              onClick={() => onSelect(address)}
            >
              {text}
            </td>
          );
        })}
        {pad('right')}
      </tr>
    );
  };

  const spacer = (key: string, count: number) =>
    count > 0 ? (
      <tr key={key} aria-hidden="true" style={{ height: `${count * ROW_HEIGHT}px` }}>
        <td colSpan={columnIndexes.length + 3} />
      </tr>
    ) : null;

  return (
    // Focusable so the sheet can be scrolled from the keyboard; role grid because cells are selectable.
    <div className={styles.scroller} ref={scroller} tabIndex={0}>
      <table
        className={styles.table}
        style={{ width: `${ROW_HEAD_WIDTH + columnCount * COLUMN_WIDTH}px` }}
        role="grid"
        aria-label={`Sheet ${sheet.name}`}
        aria-rowcount={rows + 1}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEAD_WIDTH}px` }} />
          <col style={{ width: `${padLeft}px` }} />
          {columnIndexes.map((c) => (
            <col key={c} style={{ width: `${COLUMN_WIDTH}px` }} />
          ))}
          <col style={{ width: `${padRight}px` }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={`${styles.head} ${styles.rowHead}`} style={{ top: 0, zIndex: 3 }}>
              <span style={VISUALLY_HIDDEN}>Row</span>
            </th>
            {pad('left')}
            {columnIndexes.map((c) => (
              <th
                key={c}
                scope="col"
                className={`${styles.head} ${selection && c >= selection.c0 && c <= selection.c1 ? styles.active : ''}`}
                style={{ top: 0 }}
              >
                {columnLetters(c + 1)}
              </th>
            ))}
            {pad('right')}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: frozen }, (_, r) => renderRow(r))}
          {spacer('above', first - frozen)}
          {Array.from({ length: Math.max(0, last - first) }, (_, i) => renderRow(first + i))}
          {spacer('below', rows - Math.max(last, first))}
        </tbody>
      </table>
    </div>
  );
}

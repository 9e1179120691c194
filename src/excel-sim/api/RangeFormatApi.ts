import { SimError } from '../SimError';
import { formatText } from '../model/formatText';
import { assertAllowed } from '../model/protection';
import { MAX_COLUMNS, MAX_ROWS, intersect, type Rect } from '../model/Rect';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { LayerFormatApi } from './LayerFormatApi';
import type { RangeRef } from './RangeRef';
import type { SimContext } from './SimContext';

/** Points, as Excel reports them: 8.43 characters is 48pt wide; a row of 11pt Calibri is 15pt high. */
export const DEFAULT_WIDTH = 48;
const DEFAULT_HEIGHT = 15;
const DEFAULTS: Record<string, unknown> = {
  columnWidth: DEFAULT_WIDTH,
  rowHeight: DEFAULT_HEIGHT,
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  indentLevel: 0,
};

const columnsOf = (r: Rect): Rect => ({ ...r, r0: 0, r1: MAX_ROWS - 1 });
const rowsOf = (r: Rect): Rect => ({ ...r, c0: 0, c1: MAX_COLUMNS - 1 });

/** Excel.RangeFormat: widths and heights are per column/row; the rest per cell. */
export class RangeFormatApi extends ClientObjectBase<RangeRef> {
  readonly font: LayerFormatApi;
  readonly fill: LayerFormatApi;
  readonly protection: LayerFormatApi;
  readonly borders: { getItem(index: string): LayerFormatApi };

  constructor(context: SimContext, resolver: Resolver<RangeRef>) {
    super(context, resolver, 'RangeFormat');
    const parent = (): RangeRef | null => this.requireModel();
    this.font = new LayerFormatApi(context, parent, 'RangeFont', 'font.', {
      bold: false,
      italic: false,
      color: '#000000',
      size: 11,
      name: 'Calibri',
      underline: 'None',
      strikethrough: false,
    });
    this.fill = new LayerFormatApi(context, parent, 'RangeFill', 'fill.', {
      color: '#FFFFFF',
      pattern: 'None',
    });
    this.protection = new LayerFormatApi(context, parent, 'FormatProtection', 'protection.', {
      locked: true,
      formulaHidden: false,
    });
    this.borders = {
      getItem: (index: string) =>
        new LayerFormatApi(context, parent, 'RangeBorder', `border.${index}.`, {
          style: 'None',
          color: '#000000',
          weight: 'Thin',
        }),
    };
    for (const name of Object.keys(DEFAULTS)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.get<unknown>(name),
        set: (value: unknown) => this.set(name, value, (ref) => this.write(ref, name, value)),
      });
    }
  }

  protected scalarNames(): readonly string[] {
    return Object.keys(DEFAULTS);
  }

  private target(ref: RangeRef, name: string): Rect {
    return name === 'columnWidth' ? columnsOf(ref.rect) : name === 'rowHeight' ? rowsOf(ref.rect) : ref.rect;
  }

  protected readScalar(ref: RangeRef, name: string, _exec: Execution): unknown {
    return ref.sheet.formats.read(this.target(ref, name), name, DEFAULTS[name]);
  }

  protected override navigation(name: string): ClientObjectBase<unknown> | undefined {
    const children: Record<string, LayerFormatApi> = {
      font: this.font,
      fill: this.fill,
      protection: this.protection,
    };
    return children[name];
  }

  private write(ref: RangeRef, name: string, value: unknown): void {
    if (value === null || value === undefined) {
      throw new SimError('InvalidArgument', {
        location: `RangeFormat.${name}`,
        statement: 'null is not a valid format value.',
      });
    }
    assertAllowed(
      ref.sheet,
      name === 'columnWidth'
        ? 'allowFormatColumns'
        : name === 'rowHeight'
          ? 'allowFormatRows'
          : 'allowFormatCells',
      `RangeFormat.${name}`,
    );
    ref.sheet.formats.set(this.target(ref, name), name, value);
    this.context.backend.model.version++;
  }

  /** Widths from the longest text in each column (about 5.6pt a character, plus padding). */
  autofitColumns(): void {
    this.queue((ref) => {
      const { sheet, rect } = ref;
      const used = sheet.grid.usedRect(true);
      const rows = used && intersect(used, { ...rect, c0: 0, c1: MAX_COLUMNS - 1 });
      for (let c = rect.c0; c <= Math.min(rect.c1, used?.c1 ?? -1); c++) {
        let longest = 0;
        if (rows) {
          for (let r = rows.r0; r <= rows.r1; r++) {
            const text = formatText(sheet.grid.value(r, c), sheet.grid.numberFormat(r, c));
            for (const line of text.split('\n')) longest = Math.max(longest, line.length);
          }
        }
        const width = Math.max(DEFAULT_WIDTH / 4, Math.round(longest * 5.6 + 7));
        sheet.formats.set(columnsOf({ ...rect, c0: c, c1: c }), 'columnWidth', width);
      }
      this.context.backend.model.version++;
    });
  }

  /** Heights from the number of lines in each row's cells, recorded as runs of equal height. */
  autofitRows(): void {
    this.queue((ref) => {
      const { sheet, rect } = ref;
      const used = sheet.grid.usedRect(true);
      const last = Math.min(rect.r1, sheet.grid.rowsInUse - 1);
      const c0 = Math.max(rect.c0, used?.c0 ?? 0);
      const c1 = Math.min(rect.c1, used?.c1 ?? -1);
      let runStart = rect.r0;
      let runHeight = -1;
      const flush = (end: number): void => {
        if (runHeight > 0 && end >= runStart)
          sheet.formats.set(rowsOf({ ...rect, r0: runStart, r1: end }), 'rowHeight', runHeight);
      };
      for (let r = rect.r0; r <= last; r++) {
        let lines = 1;
        for (let c = c0; c <= c1; c++) {
          const v = sheet.grid.value(r, c);
          if (typeof v === 'string' && v.includes('\n')) lines = Math.max(lines, v.split('\n').length);
        }
        const height = DEFAULT_HEIGHT * lines;
        if (height !== runHeight) {
          flush(r - 1);
          runStart = r;
          runHeight = height;
        }
      }
      flush(last);
      this.context.backend.model.version++;
    });
  }
}

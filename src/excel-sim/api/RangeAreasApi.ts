import { SimError } from '../SimError';
import { formatAddress, formatRect } from '../model/address';
import type { Rect } from '../model/Rect';
import type { SheetModel } from '../model/SheetModel';
import { ClientObjectBase, type Resolver } from './ClientObjectBase';
import type { Execution } from './Execution';
import { refFromAddress } from './RangeRef';
import type { SimContext } from './SimContext';

export interface AreasRef {
  readonly sheet: SheetModel;
  readonly areas: readonly Rect[];
}

/** Worksheet.getRanges("A3:F3, A7:F7") (ExcelApi 1.9): comma-separated rectangles on one sheet. */
export function areasFromAddress(context: SimContext, sheet: SheetModel, address: string): AreasRef {
  const parts = address.split(',').map((p) => p.trim());
  if (parts.some((p) => p === ''))
    throw new SimError('InvalidArgument', {
      location: 'Worksheet.getRanges',
      statement: `"${address}" is not a list of ranges such as "A3:F3, A7:F7".`,
    });
  const areas = parts.map((p) => {
    const ref = refFromAddress(context.backend.model, sheet, p, 'Worksheet.getRanges');
    if (ref.sheet !== sheet)
      throw new SimError('InvalidArgument', {
        location: 'Worksheet.getRanges',
        statement: `"${p}" is not on "${sheet.name}".`,
      });
    return ref.rect;
  });
  return { sheet, areas };
}

/** Excel.RangeAreas: the address, the area count, and select(). */
export class RangeAreasApi extends ClientObjectBase<AreasRef> {
  constructor(context: SimContext, resolver: Resolver<AreasRef>) {
    super(context, resolver, 'RangeAreas');
  }

  protected scalarNames(): readonly string[] {
    return ['address', 'areaCount', 'cellCount'];
  }

  protected readScalar(ref: AreasRef, name: string, _exec: Execution): unknown {
    if (name === 'address') return ref.areas.map((r) => formatAddress(ref.sheet.name, r)).join(',');
    if (name === 'areaCount') return ref.areas.length;
    return ref.areas.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0);
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }

  /** Selects every area; the active cell is the first area's top-left, as in Excel. */
  select(): void {
    this.queue((ref) => {
      const wb = this.context.backend.model;
      ref.sheet.selection = ref.areas[0]!;
      ref.sheet.selectionAreas = ref.areas.length > 1 ? [...ref.areas] : undefined;
      wb.activeSheet = ref.sheet;
      wb.version++;
    });
  }
}

/** The selection's address as Range.address / RangeAreas.address would show it, without the sheet. */
export function selectionAddress(sheet: SheetModel): string {
  return (sheet.selectionAreas ?? [sheet.selection]).map(formatRect).join(',');
}

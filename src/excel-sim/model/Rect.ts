/** A rectangle of cells, 0-based and inclusive, as Excel's rowIndex/columnIndex are 0-based. */
export interface Rect {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export function rect(r0: number, c0: number, r1: number, c1: number): Rect {
  return { r0, c0, r1, c1 };
}

export const rowCount = (r: Rect): number => r.r1 - r.r0 + 1;
export const columnCount = (r: Rect): number => r.c1 - r.c0 + 1;
export const isEntireColumn = (r: Rect): boolean => r.r0 === 0 && r.r1 === MAX_ROWS - 1;
export const isEntireRow = (r: Rect): boolean => r.c0 === 0 && r.c1 === MAX_COLUMNS - 1;

export function inBounds(r: Rect): boolean {
  return r.r0 >= 0 && r.c0 >= 0 && r.r1 < MAX_ROWS && r.c1 < MAX_COLUMNS && r.r0 <= r.r1 && r.c0 <= r.c1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r0 = Math.max(a.r0, b.r0);
  const c0 = Math.max(a.c0, b.c0);
  const r1 = Math.min(a.r1, b.r1);
  const c1 = Math.min(a.c1, b.c1);
  return r0 <= r1 && c0 <= c1 ? { r0, c0, r1, c1 } : undefined;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.r0 === b.r0 && a.c0 === b.c0 && a.r1 === b.r1 && a.c1 === b.c1;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

/** a minus b as up to four disjoint rectangles (bands above, below, left, right of the overlap). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const o = intersect(a, b);
  if (!o) return [a];
  const out: Rect[] = [];
  if (a.r0 < o.r0) out.push({ r0: a.r0, c0: a.c0, r1: o.r0 - 1, c1: a.c1 });
  if (o.r1 < a.r1) out.push({ r0: o.r1 + 1, c0: a.c0, r1: a.r1, c1: a.c1 });
  if (a.c0 < o.c0) out.push({ r0: o.r0, c0: a.c0, r1: o.r1, c1: o.c0 - 1 });
  if (o.c1 < a.c1) out.push({ r0: o.r0, c0: o.c1 + 1, r1: o.r1, c1: a.c1 });
  return out;
}

export type Axis = 'rows' | 'columns';

/**
 * Where a reference goes when entire rows/columns are inserted at `at` (count of them) or, with a
 * negative count, deleted from `at`: as Excel moves table, validation and chart references.
 * Undefined when the reference was deleted entirely.
 */
export function shiftRect(r: Rect, axis: Axis, at: number, count: number): Rect | undefined {
  const lo = axis === 'rows' ? r.r0 : r.c0;
  const hi = axis === 'rows' ? r.r1 : r.c1;
  const limit = (axis === 'rows' ? MAX_ROWS : MAX_COLUMNS) - 1;
  let nlo = lo;
  let nhi = hi;
  if (count > 0) {
    if (at <= lo) {
      nlo = lo + count;
      nhi = hi + count;
    } else if (at <= hi) nhi = hi + count;
    // A whole-column reference stays whole; anything pushed past the edge is cut off.
    if (lo === 0 && hi === limit) return r;
    nhi = Math.min(nhi, limit);
    if (nlo > limit) return undefined;
  } else {
    const n = -count;
    const end = at + n - 1;
    if (end < lo) {
      nlo = lo - n;
      nhi = hi - n;
    } else if (at > hi) {
      return r;
    } else {
      const removedBelowLo = Math.max(0, Math.min(end, lo - 1) - at + 1);
      const removedInside = Math.min(end, hi) - Math.max(at, lo) + 1;
      nlo = lo - removedBelowLo;
      nhi = hi - removedBelowLo - removedInside;
      if (nhi < nlo) return undefined;
    }
    if (lo === 0 && hi === limit) return r;
  }
  return axis === 'rows'
    ? { r0: nlo, c0: r.c0, r1: nhi, c1: r.c1 }
    : { r0: r.r0, c0: nlo, r1: r.r1, c1: nhi };
}

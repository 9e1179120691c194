/**
 * Small-number suppression. Counts from 1 to the threshold are hidden ('c'), and then more counts are hidden
 * until no small count can be worked out by adding and subtracting the figures still shown ("complementary"
 * suppression): e.g. choices a=3 (hidden) and b=10 of 40 answered would give a away as 40 - 10 - 27, so b is
 * hidden too. Zero is never hidden: it reveals no child.
 */
export interface SuppressionCell {
  readonly value: number;
  /** False for figures never printed but implied, e.g. the cases outside a numerator (denominator - numerator). */
  readonly published: boolean;
  hidden: boolean;
}

/** total = sum of parts, as a reader could use it. */
export interface SuppressionGroup {
  readonly total: SuppressionCell;
  readonly parts: readonly SuppressionCell[];
}

export function cell(value: number, published = true): SuppressionCell {
  return { value, published, hidden: false };
}

export function isSmall(value: number, threshold: number): boolean {
  return value >= 1 && value <= threshold;
}

/** Hides cells in place until no count from 1 to `threshold` is shown or derivable within the groups. */
export function suppress(
  cells: readonly SuppressionCell[],
  groups: readonly SuppressionGroup[],
  threshold: number,
): void {
  for (const c of cells) if (c.published && isSmall(c.value, threshold)) c.hidden = true;
  for (;;) {
    const exposed = exposedCells(cells, groups, threshold)[0];
    if (!exposed) return;
    hideOneMore(exposed, cells, groups);
  }
}

/** Everything a reader can work out: shown cells, then whatever the groups' sums give away, to a fixpoint. */
export function derivable(
  cells: readonly SuppressionCell[],
  groups: readonly SuppressionGroup[],
): Set<SuppressionCell> {
  const known = new Set(cells.filter((c) => c.published && !c.hidden));
  let changed = true;
  while (changed) {
    changed = false;
    for (const g of groups) {
      const unknown = g.parts.filter((p) => !known.has(p));
      if (known.has(g.total) && unknown.length === 1) {
        known.add(unknown[0]!);
        changed = true;
      } else if (!known.has(g.total) && unknown.length === 0) {
        known.add(g.total);
        changed = true;
      }
    }
  }
  return known;
}

/** Small hidden counts a reader can still work out. */
function exposedCells(
  cells: readonly SuppressionCell[],
  groups: readonly SuppressionGroup[],
  threshold: number,
): SuppressionCell[] {
  const known = derivable(cells, groups);
  return cells.filter((c) => known.has(c) && !(c.published && !c.hidden) && isSmall(c.value, threshold));
}

/**
 * Hide one more shown cell: in a group of the exposed cell, the smallest shown non-zero part (least
 * information lost), else its total. If those groups show nothing, the derivation runs through other groups,
 * so hide the smallest shown cell anywhere. Every call hides one cell, so suppression always ends.
 */
function hideOneMore(
  exposed: SuppressionCell,
  cells: readonly SuppressionCell[],
  groups: readonly SuppressionGroup[],
): void {
  const isShown = (c: SuppressionCell): boolean => c.published && !c.hidden;
  const bySize = (a: SuppressionCell, b: SuppressionCell): number =>
    (a.value === 0 ? 1 : 0) - (b.value === 0 ? 1 : 0) || a.value - b.value;
  for (const g of groups) {
    if (g.total !== exposed && !g.parts.includes(exposed)) continue;
    const part = g.parts.filter(isShown).sort(bySize)[0];
    const pick = part ?? (isShown(g.total) ? g.total : undefined);
    if (pick) {
      pick.hidden = true;
      return;
    }
  }
  const anywhere = cells.filter(isShown).sort(bySize)[0];
  if (anywhere) anywhere.hidden = true;
}

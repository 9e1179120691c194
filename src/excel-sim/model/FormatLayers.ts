import { contains, intersect, shiftRect, subtract, type Axis, type Rect } from './Rect';

interface Layer {
  rect: Rect;
  key: string;
  value: unknown;
}

/**
 * Cell formatting (font, fill, widths, locking...) as the list of rectangles it was applied to, latest last.
 * A format applied to "A:A" costs one entry; reading walks the layers backwards, so it is exact without
 * touching every cell.
 */
export class FormatLayers {
  private layers: Layer[] = [];

  set(rect: Rect, key: string, value: unknown): void {
    // An older layer entirely hidden under the new one can never be seen again.
    this.layers = this.layers.filter((l) => l.key !== key || !contains(rect, l.rect));
    this.layers.push({ rect, key, value });
  }

  clear(rect: Rect, keyPrefix = ''): void {
    const keys = new Set(this.layers.filter((l) => l.key.startsWith(keyPrefix)).map((l) => l.key));
    for (const key of keys) this.set(rect, key, undefined);
  }

  /** The distinct values the cells of rect have for key (undefined meaning "default"). */
  valuesIn(rect: Rect, key: string): Set<unknown> {
    const seen = new Set<unknown>();
    let remainder: Rect[] = [rect];
    for (let i = this.layers.length - 1; i >= 0 && remainder.length > 0; i--) {
      const layer = this.layers[i]!;
      if (layer.key !== key) continue;
      const next: Rect[] = [];
      for (const part of remainder) {
        if (intersect(part, layer.rect)) {
          seen.add(layer.value);
          next.push(...subtract(part, layer.rect));
        } else next.push(part);
      }
      remainder = next;
    }
    if (remainder.length > 0) seen.add(undefined);
    return seen;
  }

  /** The value shared by every cell of rect, the default when none was set, or null when they differ (as Excel reads). */
  read<T>(rect: Rect, key: string, fallback: T): T | null {
    const values = [...this.valuesIn(rect, key)].map((v) => (v === undefined ? fallback : v));
    const first = values[0] as T;
    return values.every((v) => v === first) ? first : null;
  }

  /** Each cell's value at one point. */
  at(r: number, c: number, key: string): unknown {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const l = this.layers[i]!;
      if (l.key === key && l.rect.r0 <= r && r <= l.rect.r1 && l.rect.c0 <= c && c <= l.rect.c1)
        return l.value;
    }
    return undefined;
  }

  shift(axis: Axis, at: number, count: number): void {
    const kept: Layer[] = [];
    for (const l of this.layers) {
      const moved = shiftRect(l.rect, axis, at, count);
      if (moved) kept.push({ ...l, rect: moved });
    }
    this.layers = kept;
  }

  /** Plain list for snapshots. */
  entries(): { rect: Rect; key: string; value: unknown }[] {
    return this.layers.filter((l) => l.value !== undefined).map((l) => ({ ...l }));
  }
}

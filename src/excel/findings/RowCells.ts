import { cellAddress } from '../../core/sheets/cellAddress';

/**
 * A case's answer addresses by question name, worked out only when an issue asks: a Map per case would
 * cost a string per question per row, tens of thousands of rows over, for the few cells that have a problem.
 */
export class RowCells implements ReadonlyMap<string, string> {
  constructor(
    /** 1-based sheet column of each question's answer. */
    private readonly columns: ReadonlyMap<string, number>,
    /** 1-based sheet row of the case. */
    private readonly row: number,
  ) {}

  get size(): number {
    return this.columns.size;
  }

  get(name: string): string | undefined {
    const column = this.columns.get(name);
    return column === undefined ? undefined : cellAddress(this.row, column);
  }

  has(name: string): boolean {
    return this.columns.has(name);
  }

  *entries(): MapIterator<[string, string]> {
    for (const [name, column] of this.columns) yield [name, cellAddress(this.row, column)];
  }

  *keys(): MapIterator<string> {
    yield* this.columns.keys();
  }

  *values(): MapIterator<string> {
    for (const [, address] of this.entries()) yield address;
  }

  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void): void {
    for (const [name, address] of this.entries()) callback(address, name, this);
  }
}

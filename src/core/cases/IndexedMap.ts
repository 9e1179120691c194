/**
 * A read-only Map over an array that is filled per case, with the key-to-slot index shared by every
 * case. Evaluating 10,000 cases then allocates one array per case instead of one Map with 60 entries.
 */
export class IndexedMap<V> implements ReadonlyMap<string, V> {
  constructor(
    /** Keys in iteration order. */
    private readonly names: readonly string[],
    /** Slot in `store` of each key; keys not in `names` must not be here. */
    private readonly slots: ReadonlyMap<string, number>,
    private readonly store: readonly V[],
  ) {}

  get size(): number {
    return this.names.length;
  }

  get(key: string): V | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.store[slot];
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const key of this.names) callback(this.get(key) as V, key, this);
  }

  entries(): MapIterator<[string, V]> {
    return this.names.map((key): [string, V] => [key, this.get(key) as V])[Symbol.iterator]();
  }

  keys(): MapIterator<string> {
    return this.names[Symbol.iterator]();
  }

  values(): MapIterator<V> {
    return this.names.map((key) => this.get(key) as V)[Symbol.iterator]();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

/** A read-only Set of the names whose flag is true, over a per-case array of flags. */
export class FlagSet implements ReadonlySet<string> {
  constructor(
    private readonly names: readonly string[],
    private readonly slots: ReadonlyMap<string, number>,
    private readonly flags: readonly boolean[],
  ) {}

  get size(): number {
    return this.flags.reduce((n, flag) => (flag ? n + 1 : n), 0);
  }

  has(name: string): boolean {
    const slot = this.slots.get(name);
    return slot !== undefined && this.flags[slot] === true;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const name of this.members()) callback(name, name, this);
  }

  entries(): SetIterator<[string, string]> {
    const pairs = this.members().map((name): [string, string] => [name, name]);
    return pairs[Symbol.iterator]();
  }

  keys(): SetIterator<string> {
    return this.members()[Symbol.iterator]();
  }

  values(): SetIterator<string> {
    return this.members()[Symbol.iterator]();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  private members(): string[] {
    return this.names.filter((_, i) => this.flags[i] === true);
  }
}

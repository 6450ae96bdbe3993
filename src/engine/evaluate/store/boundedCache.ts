// Remembers computed values (parsed cells, formatted cells, reasons) up to a named limit, so that a column of
// mostly distinct values costs no more memory than its first entries: columns that repeat do so early.

/**
 * A Map that stops adding at `limit` entries (it never evicts: the entries kept are the first ones, which in a
 * column that repeats are the ones met again). `get` is a Map's own; `set` says whether the value was kept.
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** keeps `value` under `key` unless the cache is full; true when kept */
  set(key: K, value: V): boolean {
    if (this.entries.size >= this.limit) return false;
    this.entries.set(key, value);
    return true;
  }

  get size(): number {
    return this.entries.size;
  }
}

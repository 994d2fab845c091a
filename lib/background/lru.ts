/**
 * A Map that holds at most `maxWeight` (entries by default, or what `weigh` says each costs), dropping
 * the least recently used first: the background's caches live as long as its service worker, which a
 * busy browser keeps running for hours.
 */
export class Lru<K, V> {
  /** Each value with its weight as it was when stored, so a value changed later cannot skew the total. */
  private readonly map = new Map<K, { value: V; weight: number }>();
  private total = 0;

  constructor(
    readonly maxWeight: number,
    private readonly weigh: (value: V) => number = () => 1,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** What the entries weigh together (their count when nothing is weighed). */
  get weight(): number {
    return this.total;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  get(key: K): V | undefined {
    const entry = this.map.get(key);
    if (entry === undefined) return undefined;
    // Re-inserting moves the key to the end: the Map's order is the order of use.
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key: K, value: V): this {
    this.delete(key);
    const weight = this.weigh(value);
    this.map.set(key, { value, weight });
    this.total += weight;
    for (const [oldest, old] of this.map) {
      // The newest entry stays even when it alone is over the bound: it is being used right now.
      if (this.total <= this.maxWeight || oldest === key) break;
      this.map.delete(oldest);
      this.total -= old.weight;
    }
    return this;
  }

  delete(key: K): boolean {
    const old = this.map.get(key);
    if (old === undefined) return false;
    this.map.delete(key);
    this.total -= old.weight;
    return true;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  keys(): IterableIterator<K> {
    return this.map.keys();
  }

  *values(): IterableIterator<V> {
    for (const { value } of this.map.values()) yield value;
  }
}

/** What a cache holds, for the bench: its entries, their weight against its bound, and roughly how many bytes (as JSON). */
export interface CacheSize {
  entries: number;
  weight: number;
  max: number;
  bytes: number;
}

export function cacheSize(entries: number, weight: number, max: number, values: Iterable<unknown>): CacheSize {
  let bytes = 0;
  for (const v of values) bytes += JSON.stringify(v)?.length ?? 0;
  return { entries, weight, max, bytes };
}

/**
 * A small in-memory cache per app instance: entries expire `ttlMs` after they were stored (monotonic time, so
 * wall-clock jumps and the tests' moved clock cannot extend them), the least recently used goes first when full,
 * and a read that started before an eviction cannot store what it read (`snapshot` / `set`): the value may predate
 * the change that caused the eviction. The session cache and the read cache are both this.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; at: number }>();
  /** Bumped by every eviction. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly max: number,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  /** The value, unless missing or older than the TTL. A Map keeps insertion order: re-inserting marks it recently used. */
  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    this.entries.delete(key);
    if (this.monotonicNow() - e.at >= this.ttlMs) return undefined;
    this.entries.set(key, e);
    return e.value;
  }

  /** Call before reading the source; pass the result to `set`. */
  snapshot(): number {
    return this.generation;
  }

  /** Stores a value read after `snapshot()` returned `gen`, unless something was evicted in between. */
  set(key: string, value: V, gen: number): void {
    if (gen !== this.generation) return;
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, at: this.monotonicNow() });
  }

  forget(key: string): void {
    this.generation++;
    this.entries.delete(key);
  }

  forgetWhere(stale: (value: V) => boolean): void {
    this.generation++;
    for (const [key, e] of this.entries) if (stale(e.value)) this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

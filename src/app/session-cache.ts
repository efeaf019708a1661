import type { SessionActorRow } from '../modules/auth/auth.queries';

/**
 * How long a session row read from the database is trusted. Changes made through this instance evict at once;
 * the TTL only bounds what this instance cannot see: in a multi-instance deployment a logout, password change
 * or disabled account on another instance (or by the CLI) is honoured here within 5 seconds.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
/** Bounds memory: one entry per signed-in browser, far more than the expected concurrent sessions of one instance. */
export const SESSION_CACHE_MAX = 10_000;

interface Entry {
  row: SessionActorRow;
  /** Monotonic time of the database read, so wall-clock jumps (and the tests' moved clock) cannot extend it. */
  readAt: number;
}

/**
 * The row of `findSessionActor` by token hash, per app instance, so repeated requests skip the database.
 * It caches only the row: whether the session is still alive is decided on every request by the caller.
 * A Map keeps insertion order, so re-inserting on each hit makes the first key the least recently used.
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  /**
   * Bumped by every eviction. A request that started its database read before an eviction must not store
   * what it read: the row may predate the change (logout, disabled account) that caused the eviction.
   */
  private generation = 0;

  constructor(
    private readonly ttlMs = SESSION_CACHE_TTL_MS,
    private readonly max = SESSION_CACHE_MAX,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  /** The cached row, unless missing or older than the TTL. */
  get(tokenHash: string): SessionActorRow | undefined {
    const e = this.entries.get(tokenHash);
    if (!e) return undefined;
    this.entries.delete(tokenHash);
    if (this.monotonicNow() - e.readAt >= this.ttlMs) return undefined;
    this.entries.set(tokenHash, e);
    return e.row;
  }

  /** Call before the database read; pass the result to `set`. */
  snapshot(): number {
    return this.generation;
  }

  /** Stores a row read after `snapshot()` returned `gen`, unless something was evicted in between. */
  set(tokenHash: string, row: SessionActorRow, gen: number): void {
    if (gen !== this.generation) return;
    this.entries.delete(tokenHash);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(tokenHash, { row, readAt: this.monotonicNow() });
  }

  /** One session ended (logout). */
  forgetToken(tokenHash: string): void {
    this.generation++;
    this.entries.delete(tokenHash);
  }

  /** Every session of one user: their account, password or sessions changed. */
  forgetUser(userId: number): void {
    this.generation++;
    for (const [hash, e] of this.entries) if (e.row.user_id === userId) this.entries.delete(hash);
  }

  /** Everything: a unit changed (every actor's scope path may depend on it), or many accounts did. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

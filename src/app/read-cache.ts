import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/**
 * How long an answer is reused. Every change made through this instance empties the cache at once (the hook
 * below); the TTL bounds only what this instance cannot see: a change made by another instance or by the CLI.
 */
export const READ_CACHE_TTL_MS = 5_000;
/** One entry per unit at most; a national deployment has about 50,000 units. */
export const READ_CACHE_MAX = 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    readCache: ReadCache;
  }
}

/**
 * Serialised answers (UTF-8 bytes, encoded once rather than on every send) of the hottest reads (a unit's inbox during the deadline hour), per app instance. Safe by
 * construction rather than by bookkeeping: ANY state-changing request empties it, so no write path
 * can forget to evict. Writes are rare next to reads; in the deadline rush every submission empties it and the
 * next read of each unit goes to the database again, which is what correctness needs.
 */
export class ReadCache {
  private readonly entries = new Map<string, { body: Buffer; at: number }>();
  /** Bumped by every clear: an answer computed from a read that started before a change is not stored. */
  private generation = 0;

  constructor(
    private readonly ttlMs = READ_CACHE_TTL_MS,
    private readonly max = READ_CACHE_MAX,
    private readonly monotonicNow: () => number = () => performance.now(),
  ) {}

  get(key: string): Buffer | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (this.monotonicNow() - e.at < this.ttlMs) return e.body;
    this.entries.delete(key);
    return undefined;
  }

  /** Call before reading the database; pass the result to `set`. */
  snapshot(): number {
    return this.generation;
  }

  set(key: string, body: Buffer, gen: number): void {
    if (gen !== this.generation) return;
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { body, at: this.monotonicNow() });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const readCachePlugin = fp(async (app: FastifyInstance) => {
  app.decorate('readCache', new ReadCache());
  // onSend runs after the handler (its transaction committed) and before the client can see the answer, so the
  // client's next read never meets an answer older than its own change. Refused requests clear it too: a 4xx or
  // 5xx normally wrote nothing, but "normally" is not a guarantee worth a stale inbox. Anonymous requests (login, a
  // stranger's POST) change nothing an inbox shows, and must not let anyone keep emptying it during the deadline rush.
  app.addHook('onSend', (req, _reply, payload, done) => {
    if (!READS.has(req.method) && req.actor) app.readCache.clear();
    done(null, payload);
  });
});

import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { TtlCache } from './ttl-cache';

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
 * Serialised answers (UTF-8 bytes, encoded once rather than on every send) of the hottest reads (a unit's inbox
 * during the deadline hour), per app instance. Safe by construction rather than by bookkeeping: ANY signed-in
 * state-changing request empties it, so no write path can forget to evict. Writes are rare next to reads; in the
 * deadline rush every submission empties it and the next read of each unit goes to the database again.
 */
export class ReadCache extends TtlCache<Buffer> {
  constructor(ttlMs = READ_CACHE_TTL_MS, max = READ_CACHE_MAX, monotonicNow?: () => number) {
    super(ttlMs, max, monotonicNow);
  }

  /**
   * Answers from the cache under `key`, else returns what `load` reads (validated and serialised by the route's
   * schema as usual) and keeps its JSON for the next caller. The key must hold everything the answer depends on
   * besides the data (whose unit, which day).
   */
  async serve<T>(reply: FastifyReply, key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.get(key);
    // Fastify sends bytes as they are: JSON of an answer that passed the schema when it was stored.
    if (hit !== undefined) return reply.type('application/json; charset=utf-8').send(hit) as unknown as T;
    const gen = this.snapshot();
    const answer = await load();
    this.set(key, Buffer.from(JSON.stringify(answer)), gen);
    return answer;
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

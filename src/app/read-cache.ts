import { gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { TtlCache } from './ttl-cache';

/**
 * How long a cached read is reused. Every change made through this instance empties the cache at once (the hook
 * below); the TTL bounds only what this instance cannot see: a change made by another instance or by the CLI.
 */
export const READ_CACHE_TTL_MS = 5_000;
/** Entries of each kind: one answer per unit at most (a national deployment has about 50,000 units), one fact per requirement or unit. */
export const READ_CACHE_MAX = 60_000;

declare module 'fastify' {
  interface FastifyInstance {
    readCache: ReadCache;
  }
}

/** Reads that many requests repeat. `NO_MEMO` reads every time (the CLI, the reports, tests of the services). */
export interface Memo {
  remember<T>(key: string, load: () => Promise<T>): Promise<T>;
}
export const NO_MEMO: Memo = { remember: (_key, load) => load() };

/**
 * Whether the client takes gzip (RFC 9110 §12.5.3): a `gzip` (or `x-gzip`) entry with q > 0, or else a `*` with
 * q > 0. No header, `gzip;q=0` and `gzip;q=0, *` all mean plain JSON.
 */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star = false;
  for (const entry of header.toLowerCase().split(',')) {
    const [name, ...params] = entry.split(';').map((x) => x.trim());
    const q = params.find((p) => p.startsWith('q='));
    const wanted = q === undefined || Number(q.slice(2)) > 0;
    if (name === 'gzip' || name === 'x-gzip') return wanted;
    if (name === '*') star = wanted;
  }
  return star;
}

/** gzip-compressed JSON, as it is to a client that takes gzip, unpacked for one that does not. */
function sendJson(req: FastifyRequest, reply: FastifyReply, gzip: Buffer): undefined {
  const vary = reply.getHeader('vary');
  void reply.type('application/json; charset=utf-8').header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  void (acceptsGzip(req.headers['accept-encoding']) ? reply.header('content-encoding', 'gzip').send(gzip) : reply.send(gunzipSync(gzip)));
  return undefined;
}

/**
 * What the hottest reads repeat, per app instance: whole answers (a unit's inbox during the deadline hour) and
 * facts that many requests look up first (a requirement's rules and kind, a unit's path). Safe by construction
 * rather than by bookkeeping: ANY signed-in state-changing request empties both, so no write path can forget to
 * evict. It caches data, never a decision: who may see what is still decided on every request.
 */
export class ReadCache implements Memo {
  /**
   * Answers as gzip (a unit's inbox of 57 requirements: 14 KB of JSON, 1.5 KB compressed, in 0.1 ms): ten times
   * less memory, and a browser (which always accepts gzip) gets the bytes as they are. On loopback the 14 KB
   * answer alone held a bare Fastify route to 28 % of its 17-byte hello (bench/RESULTS.md).
   */
  private readonly answers: TtlCache<Buffer>;
  private readonly facts: TtlCache<Promise<unknown>>;

  constructor(ttlMs = READ_CACHE_TTL_MS, max = READ_CACHE_MAX, monotonicNow?: () => number) {
    this.answers = new TtlCache(ttlMs, max, monotonicNow);
    this.facts = new TtlCache(ttlMs, max, monotonicNow);
  }

  /**
   * Answers from the cache under `key`, else from what `load` reads, serialised once by the route's own schema
   * (`reply.serialize`: an answer that fails its schema is a 500 and is not kept). Sent as gzip to clients that
   * take it. The reply is sent, nothing is returned: a cached answer needs no promise, so the route handler is not
   * async. The key must hold everything the answer depends on besides the data (whose unit, which day).
   */
  serve(req: FastifyRequest, reply: FastifyReply, key: string, load: () => Promise<unknown>): Promise<void> | undefined {
    const hit = this.answers.get(key);
    if (hit !== undefined) return sendJson(req, reply, hit);
    const gen = this.answers.snapshot();
    return load().then((answer) => {
      const gzip = gzipSync(reply.serialize(answer) as string);
      this.answers.set(key, gzip, gen);
      sendJson(req, reply, gzip);
    });
  }

  /**
   * The value under `key`, else what `load` reads. The promise is kept, so requests arriving together share one
   * read; a failed read is not kept.
   */
  remember<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.facts.get(key);
    if (hit !== undefined) return hit as Promise<T>;
    // The promise is stored before anything can evict, so a later clear() always drops it.
    const value = load();
    this.facts.set(key, value, this.facts.snapshot());
    value.catch(() => this.facts.forgetWhere((v) => v === value));
    return value;
  }

  clear(): void {
    this.answers.clear();
    this.facts.clear();
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

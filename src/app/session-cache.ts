import type { SessionActorRow } from '../modules/auth/auth.queries';
import { TtlCache } from './ttl-cache';

/**
 * How long a session row read from the database is trusted. Changes made through this instance evict at once;
 * the TTL only bounds what this instance cannot see: in a multi-instance deployment a logout, password change
 * or disabled account on another instance (or by the CLI) is honoured here within 5 seconds.
 */
export const SESSION_CACHE_TTL_MS = 5_000;
/** Bounds memory: one entry per signed-in browser, far more than the expected concurrent sessions of one instance. */
export const SESSION_CACHE_MAX = 10_000;

/**
 * The row of `findSessionActor` by token hash, so repeated requests skip the database. It caches only the row:
 * whether the session is still alive is decided on every request by the caller (src/app/auth-plugin.ts).
 */
export class SessionCache extends TtlCache<SessionActorRow> {
  constructor(ttlMs = SESSION_CACHE_TTL_MS, max = SESSION_CACHE_MAX, monotonicNow?: () => number) {
    super(ttlMs, max, monotonicNow);
  }

  /** One session ended (logout). */
  forgetToken(tokenHash: string): void {
    this.forget(tokenHash);
  }

  /** Every session of one user: their account, password or sessions changed. */
  forgetUser(userId: number): void {
    this.forgetWhere((row) => row.user_id === userId);
  }
}

import type { FastifyContextConfig, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { scopeRootPath } from '../domain/org-tree';
import { isSessionAlive } from '../domain/session-policy';
import type { Role } from '../db/schema';
import * as q from '../modules/auth/auth.queries';
import { hashToken, SESSION_COOKIE } from '../modules/auth/auth.service';
import type { Actor, ChangeContext } from './actor';
import { isApiCall } from './api-url';
import { AppError, forbidden } from './errors';
import { SessionCache } from './session-cache';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a session (login, health). */
    public?: boolean;
    /** Roles allowed; absent means every signed-in role. */
    roles?: readonly Role[];
    /** Still reachable while the user must change their password. */
    duringPasswordChange?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Session rows of this instance; whatever ends sessions or changes users or units evicts from it after committing. */
    sessionCache: SessionCache;
  }
}

/** Writes to last_seen_at at most once a minute per session, not on every request. */
const TOUCH_EVERY_MS = 60_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Usable now: the account is active and the session neither ended nor expired (idle or absolute). */
function usable(row: q.SessionActorRow, now: Date): boolean {
  const times = { createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at, endedAt: row.ended_at };
  return row.user_active && isSessionAlive(times, now);
}

function actorFrom(row: q.SessionActorRow): Actor {
  return {
    userId: row.user_id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    unitId: row.unit_id,
    scopePath: scopeRootPath(row.role, { kind: row.unit_kind, path: row.unit_path, parentPath: row.parent_path }),
    mustChangePassword: row.must_change_password,
    sessionId: row.session_id,
  };
}

/** The session's token hash, or null when the request carries no plausible session cookie. */
function tokenHashOf(req: FastifyRequest): string | null {
  const token = req.cookies[SESSION_COOKIE];
  return !token || token.length > 200 ? null : hashToken(token);
}

/** Usable and not due for its last_seen_at write: the cached row answers alone, without the database. */
const answersAlone = (row: q.SessionActorRow | undefined, now: Date): row is q.SessionActorRow =>
  row !== undefined && usable(row, now) && now.getTime() - row.last_seen_at.getTime() <= TOUCH_EVERY_MS;

/** The caller when the database must be asked: no cached row, a refusal to confirm, or a last_seen_at to write. */
async function loadActor(app: FastifyInstance, hash: string, now: Date, cached: q.SessionActorRow | undefined): Promise<Actor | null> {
  let row = cached;
  // A refusal is always decided on a fresh read, so the cache can only ever delay a refusal (by its TTL), never cause one.
  if (!row || !usable(row, now)) {
    const gen = app.sessionCache.snapshot();
    row = await q.findSessionActor(app.db, hash);
    if (!row || !usable(row, now)) return null;
    app.sessionCache.set(hash, row, gen);
  }
  if (now.getTime() - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
    await q.touchSession(app.db, row.session_id, now);
    row.last_seen_at = now; // the cached row is this object: the idle clock restarts for cache hits too
  }
  return actorFrom(row);
}

/** Admits the caller to the route, or throws the 401 or 403 they get. */
function admit(req: FastifyRequest, config: FastifyContextConfig | undefined, actor: Actor | null): undefined {
  req.actor = actor;
  if (!actor) throw new AppError('UNAUTHENTICATED', 401, 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.');
  if (actor.mustChangePassword && !config?.duringPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', 403, 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
  }
  if (config?.roles && !config.roles.includes(actor.role)) throw forbidden();
  return undefined;
}

/**
 * Authentication and authorisation for every route, in one place: the route's config says
 * who may call it (`public`, `roles`); the session cookie says who is calling.
 * State-changing requests must also come from this site's own pages (Origin check), on top of SameSite=Strict.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  // Per instance, not module-global: every app (and every test app) has its own.
  app.decorate('sessionCache', new SessionCache());
  // Callback style, answered synchronously from the session cache on most requests: a promise per request cost
  // more than the check itself at the read rates of the deadline hour (bench/RESULTS.md, read throughput).
  // `done` is called exactly once, outside the try, so nothing it runs can lead to a second call.
  app.addHook('onRequest', (req, _reply, done) => {
    let slow: Promise<void> | undefined;
    try {
      slow = authorise(app, req);
    } catch (err) {
      return done(err as Error);
    }
    if (slow) slow.then(() => done(), done);
    else done();
  });
});

/**
 * Decides whether the request may reach its route: returns when it may (undefined: decided without the database),
 * throws the 401 or 403 it gets, or returns the promise of that decision when the database must be asked.
 */
function authorise(app: FastifyInstance, req: FastifyRequest): Promise<void> | undefined {
  if (!isApiCall(req.url)) return undefined;
  if (UNSAFE.has(req.method)) assertSameOrigin(req);
  // routeOptions is a getter that builds a new object on every access: read once.
  const config = req.routeOptions.config;
  if (config?.public) return undefined;
  const hash = tokenHashOf(req);
  if (hash === null) return admit(req, config, null);
  const now = app.clock();
  const row = app.sessionCache.get(hash);
  if (answersAlone(row, now)) return admit(req, config, actorFrom(row));
  return loadActor(app, hash, now, row).then((actor) => admit(req, config, actor));
}

function assertSameOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (!origin) return; // non-browser clients (CLI, tests) send none; browsers always do on POST
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw forbidden('Nguồn gửi yêu cầu không hợp lệ.');
  }
  if (host !== req.headers.host) throw forbidden('Yêu cầu đến từ trang khác bị từ chối.');
}

/** Who changed what, from where: handed to every query that writes. */
export function changeContext(req: FastifyRequest): ChangeContext {
  return { actor: req.actor, ip: req.ip };
}

/** The caller, for routes that are not public (the hook guarantees it). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 401, 'Chưa đăng nhập.');
  return req.actor;
}

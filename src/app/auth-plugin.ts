import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { scopeRootPath } from '../domain/org-tree';
import { isSessionAlive } from '../domain/session-policy';
import type { Role } from '../db/schema';
import * as q from '../modules/auth/auth.queries';
import { hashToken, SESSION_COOKIE } from '../modules/auth/auth.service';
import type { Actor, ChangeContext } from './actor';
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

async function loadActor(app: FastifyInstance, req: FastifyRequest): Promise<Actor | null> {
  const token = req.cookies[SESSION_COOKIE];
  if (!token || token.length > 200) return null;
  const hash = hashToken(token);
  const now = app.clock();
  let row = app.sessionCache.get(hash);
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

/**
 * Authentication and authorisation for every route, in one place: the route's config says
 * who may call it (`public`, `roles`); the session cookie says who is calling.
 * State-changing requests must also come from this site's own pages (Origin check), on top of SameSite=Strict.
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  // Per instance, not module-global: every app (and every test app) has its own.
  app.decorate('sessionCache', new SessionCache());
  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    if (UNSAFE.has(req.method)) assertSameOrigin(req);
    const config = req.routeOptions.config;
    if (config?.public) return;
    req.actor = await loadActor(app, req);
    if (!req.actor) throw new AppError('UNAUTHENTICATED', 401, 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.');
    if (req.actor.mustChangePassword && !config?.duringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', 403, 'Bạn cần đổi mật khẩu trước khi tiếp tục.');
    }
    if (config?.roles && !config.roles.includes(req.actor.role)) throw forbidden();
  });
});

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

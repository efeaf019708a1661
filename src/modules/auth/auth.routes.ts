import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { notFound } from '../../app/errors';
import { SESSION_ABSOLUTE_MS } from '../../domain/session-policy';
import { recordAudit } from '../audit/audit.queries';
import { errorResponses, ZError, ZOk } from '../common.schemas';
import { findMe } from '../users/users.queries';
import * as q from './auth.queries';
import { ZChangePasswordBody, ZLoginBody, ZMe } from './auth.schemas';
import { changeOwnPassword, hashToken, login, SESSION_COOKIE } from './auth.service';

const cookieOptions = (maxAgeMs: number) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'strict' as const,
  secure: 'auto' as const,
  maxAge: Math.floor(maxAgeMs / 1000),
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/login', {
    config: { public: true, rateLimit: { max: app.loginRateLimit, timeWindow: '1 minute' } },
    schema: { tags: ['Đăng nhập'], summary: 'Đăng nhập, đặt cookie phiên', body: ZLoginBody, response: { 200: ZMe, ...errorResponses, 423: ZError } },
  }, async (req, reply) => {
    const { token, userId } = await login(app.db, req.body.username, req.body.password, changeContext(req), app.clock(), app.inactiveDays);
    reply.setCookie(SESSION_COOKIE, token, cookieOptions(SESSION_ABSOLUTE_MS));
    return (await findMe(app.db, userId))!;
  });

  app.post('/logout', {
    config: { duringPasswordChange: true },
    schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất, kết thúc phiên trên máy chủ', response: { 200: ZOk, ...errorResponses } },
  }, async (req, reply) => {
    const actor = actorOf(req);
    await q.endSession(app.db, actor.sessionId, app.clock());
    app.sessionCache.forgetToken(hashToken(req.cookies[SESSION_COOKIE]!)); // the hook read this cookie to find the actor
    await recordAudit(app.db, changeContext(req), { action: 'logout', entity: 'session', entityId: actor.sessionId });
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true as const };
  });

  app.get('/me', {
    config: { duringPasswordChange: true },
    schema: { tags: ['Đăng nhập'], summary: 'Người dùng hiện tại, vai trò và đơn vị', response: { 200: ZMe, ...errorResponses } },
  }, async (req) => {
    const me = await findMe(app.db, actorOf(req).userId);
    if (!me) throw notFound();
    return me;
  });

  app.post('/change-password', {
    config: { duringPasswordChange: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
    schema: { tags: ['Đăng nhập'], summary: 'Đổi mật khẩu của chính mình; các phiên khác bị kết thúc', body: ZChangePasswordBody, response: { 200: ZOk, ...errorResponses } },
  }, async (req) => {
    const actor = actorOf(req);
    try {
      await changeOwnPassword(app.db, { ...changeContext(req), actor }, req.body.currentPassword, req.body.newPassword, app.clock());
    } finally {
      // Other sessions ended, and this one's must_change_password may have cleared. Evicted even on failure: a
      // failure after the commit would otherwise leave them cached, and a needless eviction costs one read.
      app.sessionCache.forgetUser(actor.userId);
    }
    return { ok: true as const };
  });
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { notFound } from '../../app/errors';
import { errorResponses, ZIdParam, ZOk } from '../common.schemas';
import { findUser, listUsers } from './users.queries';
import { ZResetPassword, ZUser, ZUserCreate, ZUserListQuery, ZUserUpdate } from './users.schemas';
import { createUser, resetPassword, changeUser } from './users.service';

const admin = { roles: ['admin'] as const };
const tags = ['Người dùng'];

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: admin,
    schema: { tags, summary: 'Danh sách người dùng trong phạm vi', querystring: ZUserListQuery, response: { 200: z.array(ZUser), ...errorResponses } },
  }, async (req) => listUsers(app.db, actorOf(req), req.query));

  app.get('/:id', {
    config: admin,
    schema: { tags, summary: 'Một người dùng', params: ZIdParam, response: { 200: ZUser, ...errorResponses } },
  }, async (req) => {
    const user = await findUser(app.db, actorOf(req), req.params.id);
    if (!user) throw notFound('Không tìm thấy người dùng.');
    return user;
  });

  app.post('/', {
    config: admin,
    schema: { tags, summary: 'Tạo người dùng (phải đổi mật khẩu ở lần đăng nhập đầu)', body: ZUserCreate, response: { 201: ZUser, ...errorResponses } },
  }, async (req, reply) => {
    const user = await createUser(app.db, changeContext(req), req.body);
    return reply.code(201).send(user);
  });

  app.patch('/:id', {
    config: admin,
    schema: { tags, summary: 'Sửa họ tên, vai trò, đơn vị; vô hiệu hóa hoặc mở lại', params: ZIdParam, body: ZUserUpdate, response: { 200: ZUser, ...errorResponses } },
  }, async (req) => {
    try {
      return await changeUser(app.db, changeContext(req), req.params.id, req.body, app.clock());
    } finally {
      // Name, role, unit or active flag feed the actor of every session of this user (some were ended, too).
      // Evicted even on failure: one that came after the commit would otherwise leave stale rows cached.
      app.sessionCache.forgetUser(req.params.id);
    }
  });

  app.post('/:id/reset-password', {
    config: admin,
    schema: { tags, summary: 'Đặt lại mật khẩu; người dùng phải đổi ở lần đăng nhập sau', params: ZIdParam, body: ZResetPassword, response: { 200: ZOk, ...errorResponses } },
  }, async (req) => {
    try {
      await resetPassword(app.db, changeContext(req), req.params.id, req.body.password, app.clock());
    } finally {
      app.sessionCache.forgetUser(req.params.id); // the reset ended every session of the user
    }
    return { ok: true as const };
  });
};

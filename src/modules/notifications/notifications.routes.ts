import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../app/auth-plugin';
import { notFound } from '../../app/errors';
import { errorResponses, ZIdParam } from '../common.schemas';
import { listNotifications, markRead } from './notifications.queries';
import { ZNotification, ZNotificationList } from './notifications.schemas';

const tags = ['Thông báo'];

export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { tags, summary: 'Thông báo của tôi, mới nhất trước, kèm số chưa đọc', response: { 200: ZNotificationList, ...errorResponses } },
  }, async (req) => listNotifications(app.db, actorOf(req).userId));

  app.post('/:id/read', {
    schema: { tags, summary: 'Đánh dấu đã đọc một thông báo của tôi', params: ZIdParam, response: { 200: ZNotification, ...errorResponses } },
  }, async (req) => {
    const n = await markRead(app.db, actorOf(req).userId, req.params.id, app.clock());
    if (!n) throw notFound('Không tìm thấy thông báo.');
    return n;
  });
};

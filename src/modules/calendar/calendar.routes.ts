import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZIdParam } from '../common.schemas';
import { ZCalendarFeedParams, ZCalendarToken } from './calendar.schemas';
import { calendarFeed, createFeedToken } from './calendar.service';

const tags = ['Lịch hạn nộp'];
const ICS = 'text/calendar';
/** Calendar apps poll every few minutes at most; this only stops someone guessing tokens quickly. */
const FEED_READS_PER_MINUTE = 60;

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/units/:id/calendar-token', {
    config: { roles: ['admin', 'staff', 'unit'] },
    schema: {
      tags, summary: 'Tạo (hoặc tạo lại) địa chỉ lịch ICS bí mật của đơn vị; địa chỉ cũ hết hiệu lực', params: ZIdParam,
      response: { 201: ZCalendarToken, ...errorResponses },
    },
  }, async (req, reply) => {
    const origin = `${req.protocol}://${req.host}`;
    return reply.code(201).send(await createFeedToken(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, origin, app.clock()));
  });

  app.get('/calendar/:token.ics', {
    config: { public: true, rateLimit: { max: FEED_READS_PER_MINUTE, timeWindow: '1 minute' } },
    schema: {
      tags, summary: 'Lịch hạn nộp (ICS) của đơn vị, theo địa chỉ bí mật; không cần đăng nhập', params: ZCalendarFeedParams,
      response: { 200: { description: 'Tệp .ics', content: { [ICS]: { schema: z.string().describe('Lịch theo RFC 5545') } } }, 404: errorResponses[404] },
    },
  }, async (req, reply) => {
    const ics = await calendarFeed(app.db, req.params.token, app.clock());
    return reply.type(`${ICS}; charset=utf-8`).header('cache-control', 'private, no-cache').header('content-disposition', 'inline; filename="han-nop.ics"').send(ics);
  });
};

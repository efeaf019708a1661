import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../common.schemas';
import { listAuditEvents } from './audit.queries';
import { ZAuditPage, ZAuditQuery } from './audit.schemas';

/** Read-only by design: no route changes the log, and the database refuses to. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: { roles: ['admin'] },
    schema: { tags: ['Nhật ký'], summary: 'Nhật ký thay đổi: ai, khi nào, gì, trước và sau', querystring: ZAuditQuery, response: { 200: ZAuditPage, ...errorResponses } },
  }, async (req) => listAuditEvents(app.db, req.query));
};

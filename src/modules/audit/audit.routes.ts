import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponses } from '../common.schemas';
import { changeContext } from '../../app/auth-plugin';
import { auditCsv } from './audit.export';
import { listAuditEvents, recordAudit } from './audit.queries';
import { ZAuditExportQuery, ZAuditPage, ZAuditQuery } from './audit.schemas';

/** Read-only by design: no route changes the log, and the database refuses to. */
export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: { roles: ['admin'] },
    schema: { tags: ['Nhật ký'], summary: 'Nhật ký thay đổi: ai, khi nào, gì, trước và sau', querystring: ZAuditQuery, response: { 200: ZAuditPage, ...errorResponses } },
  }, async (req) => listAuditEvents(app.db, req.query));

  app.get('/export.csv', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['Nhật ký'],
      summary: 'Xuất nhật ký ra tệp CSV (mở được bằng Excel), cùng bộ lọc với danh sách; nhật ký được giữ vĩnh viễn, không xóa được',
      querystring: ZAuditExportQuery,
      response: {
        200: { description: 'Tệp .csv', content: { 'text/csv': { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Nhật ký dạng CSV') } } },
        ...errorResponses,
      },
    },
  }, async (req, reply) => {
    // Reading the whole log is itself worth a line in it.
    await recordAudit(app.db, changeContext(req), { action: 'export', entity: 'audit_event', after: req.query });
    const day = app.clock().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="nhat-ky-${day}.csv"`)
      .send(auditCsv(app.db, req.query));
  });
};

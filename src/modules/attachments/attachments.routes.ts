import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZError, ZIdParam, ZOk } from '../common.schemas';
import { ZAttachment, ZAttachmentListQuery, ZAttachmentUpload } from './attachments.schemas';
import { attachmentsOf, contentDisposition, deleteAttachment, downloadAttachment, uploadAttachment } from './attachments.service';

const tags = ['Tệp đính kèm'];
const unitOnly = { roles: ['unit'] as const };
/** Uploads per user per minute: a unit attaching its evidence needs a handful; a runaway script is stopped early. */
export const UPLOADS_PER_MINUTE = 30;

/** Files attached to submissions: upload and list under /api/submissions/:id, download and remove under /api/attachments/:id. */
export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/submissions/:id/attachments', {
    config: {
      ...unitOnly,
      rateLimit: { max: UPLOADS_PER_MINUTE, timeWindow: '1 minute', keyGenerator: (req) => (req.actor ? `user:${req.actor.userId}` : req.ip) },
    },
    schema: {
      tags,
      summary: 'Đính kèm một tệp vào bài nộp của đơn vị mình (bài đang soạn hoặc bị trả lại)',
      description: 'multipart/form-data, trường "file": PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG, tối đa 20 MB. '
        + 'Loại tệp xác định từ nội dung, không theo tên: tệp nén, .doc cũ, tệp chương trình bị từ chối (415). Cùng một tệp chỉ lưu một lần.',
      consumes: ['multipart/form-data'],
      params: ZIdParam,
      body: ZAttachmentUpload,
      response: { 201: ZAttachment, ...errorResponses, 413: ZError, 415: ZError, 429: ZError },
    },
  }, async (req, reply) => reply.code(201).send(await uploadAttachment(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req, app.clock())));

  app.get('/submissions/:id/attachments', {
    schema: {
      tags, summary: 'Các tệp đính kèm của bài nộp (hiện tại, hoặc của một phiên bản đã gửi)', params: ZIdParam, querystring: ZAttachmentListQuery,
      response: { 200: z.array(ZAttachment), ...errorResponses },
    },
  }, async (req) => attachmentsOf(app.db, actorOf(req), req.params.id, req.query.version));

  app.get('/attachments/:id', {
    schema: {
      tags,
      summary: 'Tải tệp đính kèm (ai xem được bài nộp thì tải được)',
      params: ZIdParam,
      response: {
        200: { description: 'Nội dung tệp', content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp') } } },
        ...errorResponses,
      },
    },
  }, async (req, reply) => {
    const file = await downloadAttachment(app.db, actorOf(req), req.params.id);
    // nosniff and attachment: the browser saves the file as the type its content proved, never renders it as a page.
    reply.header('content-type', file.mediaType).header('content-disposition', contentDisposition(file.fileName))
      .header('x-content-type-options', 'nosniff').header('cache-control', 'private, no-store');
    return reply.send(file.data);
  });

  app.delete('/attachments/:id', {
    config: unitOnly,
    schema: { tags, summary: 'Gỡ tệp đính kèm khỏi bài nộp đang soạn hoặc bị trả lại', params: ZIdParam, response: { 200: ZOk, ...errorResponses } },
  }, async (req) => {
    await deleteAttachment(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, app.clock());
    return { ok: true as const };
  });
};

import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { badRequest } from '../../app/errors';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZError, ZIdParam } from '../common.schemas';
import { requirementDrafts } from './documents.drafts';
import {
  ZDocumentConflictError, ZDocumentCreate, ZDocumentDetail, ZDocumentList, ZDocumentListQuery, ZDocumentUpdate, ZRequirementDrafts,
} from './documents.registry.schemas';
import {
  createDocument, documentDetail, documentFile, listDocuments, type TDocumentCreateData, updateDocument, type UploadedFile,
} from './documents.registry.service';

const tags = ['Văn bản'];
/** The register is the committee's own mail: its boards read it, admins and staff keep it; unit accounts never see it. */
const readers = { roles: ['admin', 'staff', 'leader'] as const };
const editors = { roles: ['admin', 'staff'] as const };
/** JSON of a 1,000,000-character text: up to 3 bytes a character in UTF-8, plus the other fields. */
const BODY_LIMIT = 4 * 1024 * 1024;
export const DOCUMENTS_PER_MINUTE = 30;

export const documentsRegistryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: readers,
    schema: { tags, summary: 'Sổ văn bản: tìm không dấu trong số ký hiệu, trích yếu và toàn văn; lọc theo loại, cơ quan ban hành, năm, chiều', querystring: ZDocumentListQuery, response: { 200: ZDocumentList, ...errorResponses } },
  }, async (req) => listDocuments(app.db, actorOf(req), req.query));

  app.get('/:id', {
    config: readers,
    schema: { tags, summary: 'Một văn bản, với căn cứ (văn bản được dẫn) và các văn bản viện dẫn nó', params: ZIdParam, response: { 200: ZDocumentDetail, ...errorResponses } },
  }, async (req) => documentDetail(app.db, actorOf(req), req.params.id));

  app.post('/', {
    // Each upload is parsed (a 20 MB PDF is seconds of CPU): a person registers a few letters a minute, a script no more.
    config: { ...editors, rateLimit: { max: DOCUMENTS_PER_MINUTE, timeWindow: '1 minute', keyGenerator: (req) => (req.actor ? `user:${req.actor.userId}` : req.ip) } },
    bodyLimit: BODY_LIMIT,
    schema: {
      tags, summary: 'Vào sổ một văn bản (JSON, hoặc multipart/form-data: trường "file" là tệp gốc, trường "data" là JSON các trường)',
      description: 'Các văn bản được dẫn được tách từ toàn văn và nối với văn bản trong sổ; văn bản khác đang dẫn số ký hiệu này được nối tới nó. Trùng số ký hiệu trong cùng sổ: 409.',
      consumes: ['application/json', 'multipart/form-data'],
      // A multipart request carries no parsed body: its fields are read and checked by readUpload.
      body: ZDocumentCreate.nullish(),
      response: { 201: ZDocumentDetail, ...errorResponses, 409: ZDocumentConflictError, 413: ZError, 415: ZError },
    },
  }, async (req, reply) => {
    const { data, file } = req.isMultipart() ? await readUpload(req) : { data: req.body ?? undefined, file: undefined };
    if (!data) throw badRequest('DOCUMENT_REQUIRED', 'Chưa có thông tin văn bản.');
    return reply.code(201).send(await createDocument(app.db, { ...changeContext(req), actor: actorOf(req) }, data, file));
  });

  app.patch('/:id', {
    config: editors,
    bodyLimit: BODY_LIMIT,
    schema: { tags, summary: 'Sửa văn bản; toàn văn hay số ký hiệu mới thì căn cứ được tách và nối lại', params: ZIdParam, body: ZDocumentUpdate, response: { 200: ZDocumentDetail, ...errorResponses, 409: ZDocumentConflictError } },
  }, async (req) => updateDocument(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body, app.clock()));

  app.get('/:id/file', {
    config: readers,
    schema: {
      tags, summary: 'Tệp gốc của văn bản', params: ZIdParam,
      response: { 200: { description: 'Tệp gốc (.txt, .docx hoặc .pdf)', content: { 'application/octet-stream': { schema: z.any().meta({ type: 'string', format: 'binary' }) } } }, ...errorResponses },
    },
  }, async (req, reply) => {
    const f = await documentFile(app.db, actorOf(req), req.params.id);
    return reply.type(f.mediaType).header('content-disposition', contentDisposition(f.fileName)).send(f.data);
  });

  app.get('/:id/requirement-drafts', {
    config: readers,
    schema: { tags, summary: 'Tạo yêu cầu từ văn bản: mỗi nhiệm vụ một yêu cầu đề xuất, gửi lần lượt tới POST /api/requirements', params: ZIdParam, response: { 200: ZRequirementDrafts, ...errorResponses } },
  }, async (req) => requirementDrafts(app.db, actorOf(req), req.params.id, app.clock()));
};

/** The multipart form: one file in "file", the fields as JSON in "data", in either order. */
async function readUpload(req: FastifyRequest): Promise<{ data: TDocumentCreateData | undefined; file: UploadedFile | undefined }> {
  let data: unknown;
  let file: UploadedFile | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') throw badRequest('FILE_REQUIRED', `Tệp phải gửi trong trường "file", không phải "${part.fieldname}".`);
      file = { data: await part.toBuffer(), filename: part.filename };
    } else if (part.fieldname === 'data') {
      try { data = JSON.parse(String(part.value)); } catch { throw badRequest('VALIDATION', 'Trường "data" phải là JSON hợp lệ.'); }
    }
  }
  if (!file) throw badRequest('FILE_REQUIRED', 'Chưa chọn tệp gốc (trường "file").');
  if (data === undefined) throw badRequest('DOCUMENT_REQUIRED', 'Thiếu trường "data" (JSON các trường của văn bản).');
  const parsed = ZDocumentCreate.safeParse(data);
  if (!parsed.success) throw badRequest('VALIDATION', `Dữ liệu không hợp lệ — ${parsed.error.issues.slice(0, 5).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ')}`);
  return { data: parsed.data, file };
}

/** RFC 6266 / 5987: an ASCII fallback, then the real (Vietnamese) name percent-encoded as UTF-8. */
export function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D')).replace(/[^\w.\- ]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

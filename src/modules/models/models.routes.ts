import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZError, ZIdParam } from '../common.schemas';
import { z } from 'zod';
import { XLSX_MIME } from '../reports/reports.xlsx';
import { MODEL_IMPORT_COLUMNS } from './models.import';
import {
  ZEvaluationInput, ZModelDetail, ZModelImportPreview, ZModelImportResult, ZModelImportUpload, ZModelListQuery, ZModelPage, ZModelYearParams,
} from './models.schemas';
import { evaluateModelYear, importModels, importTemplate, listModels, modelDetail, previewModelImport, readUpload } from './models.service';

const tags = ['Mô hình Dân vận khéo'];
/** Evaluating and importing are the committee's work; leaders and unit accounts read. */
const editors = { roles: ['admin', 'staff'] as const };
const uploadErrors = { ...errorResponses, 413: ZError, 415: ZError };
const FILE = `Gửi multipart/form-data, trường "file": tệp .xlsx với các cột ${MODEL_IMPORT_COLUMNS} (Mục tiêu không bắt buộc).`;

export const modelsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      tags, summary: 'Sổ mô hình Dân vận khéo trong phạm vi: lọc theo đơn vị, cấp, lĩnh vực, năm; tìm theo tên không phân biệt dấu',
      querystring: ZModelListQuery, response: { 200: ZModelPage, ...errorResponses },
    },
  }, async (req) => listModels(app.db, actorOf(req), req.query));

  app.get('/:id', {
    schema: { tags, summary: 'Một mô hình với các năm thực hiện và kết quả đánh giá', params: ZIdParam, response: { 200: ZModelDetail, ...errorResponses } },
  }, async (req) => modelDetail(app.db, actorOf(req), req.params.id));

  app.put('/:id/years/:year/evaluation', {
    config: editors,
    schema: {
      tags, summary: 'Đánh giá cuối năm (đạt/không đạt, điểm, nhận xét) và công nhận điển hình của một năm thực hiện',
      params: ZModelYearParams, body: ZEvaluationInput, response: { 200: ZModelDetail, ...errorResponses },
    },
  }, async (req) => evaluateModelYear(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.params.year, req.body));

  app.get('/import/template.xlsx', {
    config: editors,
    schema: {
      tags, summary: 'Tệp Excel mẫu để nhập mô hình (dòng tiêu đề và một dòng ví dụ)',
      response: { 200: { description: 'Tệp .xlsx', content: { [XLSX_MIME]: { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp Excel') } } }, ...errorResponses },
    },
  }, async (req, reply) => {
    const file = await importTemplate(app.db, actorOf(req));
    reply.header('content-type', XLSX_MIME).header('content-disposition', 'attachment; filename="mau-nhap-mo-hinh.xlsx"');
    return reply.send(file);
  });

  app.post('/import/preview', {
    config: editors,
    schema: {
      tags, summary: 'Xem trước tệp nhập mô hình: từng dòng hợp lệ hay lỗi và lý do; không ghi gì', description: FILE,
      consumes: ['multipart/form-data'], body: ZModelImportUpload, response: { 200: ZModelImportPreview, ...uploadErrors },
    },
  }, async (req) => previewModelImport(app.db, actorOf(req), (await readUpload(req)).data));

  app.post('/import', {
    config: editors,
    schema: {
      tags, summary: 'Nhập mô hình từ tệp: chỉ khi mọi dòng hợp lệ, tất cả trong một giao dịch', description: FILE,
      consumes: ['multipart/form-data'], body: ZModelImportUpload, response: { 201: ZModelImportResult, ...uploadErrors },
    },
  }, async (req, reply) => reply.code(201).send(await importModels(app.db, { ...changeContext(req), actor: actorOf(req) }, await readUpload(req))));
};

import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZError } from '../common.schemas';
import { docxToPdf } from './reports.pdf';
import {
  ZMatrixQuery, ZModelsQuery, ZReportSources, ZReportTemplate, ZReportTemplateUpdate, ZSummaryQuery, ZSummaryText, ZTemplateError,
} from './reports.schemas';
import { getSummaryTemplate, matrixExport, modelsExport, reportSources, steeringExport, updateSummaryTemplate } from './reports.service';
import { buildSummary, summaryDocx, summarySourceFor } from './reports.summary';
import { XLSX_MIME } from './reports.xlsx';

const tags = ['Báo cáo'];
const readers = { roles: ['admin', 'staff', 'leader'] as const };
const editors = { roles: ['admin', 'staff'] as const };
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A binary response in the OpenAPI document. */
const file = (mime: string, what: string) => ({ description: what, content: { [mime]: { schema: z.any().meta({ type: 'string', format: 'binary' }).describe(what) } } });
const withUnavailable = { ...errorResponses, 503: ZError };

function download(reply: FastifyReply, mime: string, name: string, body: Buffer) {
  return reply.type(mime).header('content-disposition', `attachment; filename="${name}"`).header('cache-control', 'no-store').send(body);
}

export const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const summary = async (q: z.infer<typeof ZSummaryQuery>, actor: ReturnType<typeof actorOf>) =>
    buildSummary(app.db, await summarySourceFor(app.db, actor, q, app.clock()), app.clock(), q.number ?? null);

  app.get('/sources', {
    config: readers,
    schema: { tags, summary: 'Văn bản và yêu cầu trong phạm vi để chọn khi lập báo cáo', response: { 200: ZReportSources, ...errorResponses } },
  }, async (req) => reportSources(app.db, actorOf(req)));

  app.get('/summary', {
    config: readers,
    schema: { tags, summary: 'Nội dung báo cáo tổng hợp (xem trước): số liệu tính từ dữ liệu, lời văn theo mẫu', querystring: ZSummaryQuery, response: { 200: ZSummaryText, ...errorResponses } },
  }, async (req) => {
    const r = await summary(req.query, actorOf(req));
    return { asOf: r.figures.asOf, subject: r.docx.subject, paragraphs: r.docx.body.map((p) => ({ text: p.text, heading: p.heading ?? false })) };
  });

  app.get('/summary.docx', {
    config: readers,
    schema: { tags, summary: 'Báo cáo tổng hợp (DOCX, thể thức văn bản của Đảng)', querystring: ZSummaryQuery, response: { 200: file(DOCX_MIME, 'Báo cáo Word'), ...errorResponses } },
  }, async (req, reply) => {
    const r = await summary(req.query, actorOf(req));
    return download(reply, DOCX_MIME, `bao-cao-tong-hop-${r.figures.asOf}.docx`, await summaryDocx(r));
  });

  app.get('/summary.pdf', {
    config: readers,
    schema: { tags, summary: 'Báo cáo tổng hợp (PDF qua LibreOffice; 503 khi máy chủ chưa cài)', querystring: ZSummaryQuery, response: { 200: file('application/pdf', 'Báo cáo PDF'), ...withUnavailable } },
  }, async (req, reply) => {
    const r = await summary(req.query, actorOf(req));
    return download(reply, 'application/pdf', `bao-cao-tong-hop-${r.figures.asOf}.pdf`, await docxToPdf(await summaryDocx(r)));
  });

  app.get('/template', {
    config: readers,
    schema: { tags, summary: 'Mẫu lời văn báo cáo tổng hợp của cấp ủy, với các chỗ điền số liệu', response: { 200: ZReportTemplate, ...errorResponses } },
  }, async (req) => getSummaryTemplate(app.db, actorOf(req)));

  app.put('/template', {
    config: editors,
    schema: { tags, summary: 'Sửa mẫu lời văn (chỗ điền không có → 400 kèm danh sách chỗ điền)', body: ZReportTemplateUpdate, response: { 200: ZReportTemplate, ...errorResponses, 400: ZTemplateError } },
  }, async (req) => updateSummaryTemplate(app.db, { ...changeContext(req), actor: actorOf(req) }, req.body.body, app.clock()));

  app.get('/models.xlsx', {
    config: readers,
    schema: { tags, summary: 'Danh sách mô hình "Dân vận khéo" (XLSX) trong phạm vi', querystring: ZModelsQuery, response: { 200: file(XLSX_MIME, 'Bảng tính'), ...errorResponses } },
  }, async (req, reply) => download(reply, XLSX_MIME, `mo-hinh-dan-van-kheo${req.query.year ? `-${req.query.year}` : ''}.xlsx`, await modelsExport(app.db, actorOf(req), req.query.year)));

  app.get('/progress-matrix.xlsx', {
    config: readers,
    schema: { tags, summary: 'Ma trận tiến độ: đơn vị × yêu cầu, tình trạng và ngày gửi, tô màu (XLSX)', querystring: ZMatrixQuery, response: { 200: file(XLSX_MIME, 'Bảng tính'), ...errorResponses } },
  }, async (req, reply) => download(reply, XLSX_MIME, 'ma-tran-tien-do.xlsx', await matrixExport(app.db, actorOf(req), req.query, app.clock())));

  app.get('/steering.xlsx', {
    config: readers,
    schema: { tags, summary: 'Thành viên Ban Chỉ đạo QCDC của mọi đơn vị trong phạm vi (XLSX)', response: { 200: file(XLSX_MIME, 'Bảng tính'), ...errorResponses } },
  }, async (req, reply) => download(reply, XLSX_MIME, 'ban-chi-dao-qcdc.xlsx', await steeringExport(app.db, actorOf(req))));
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZError } from '../common.schemas';
import { XLSX_MIME } from './units.export';
import { exportUnits, previewImport, readUpload, runImport } from './units.import.service';
import { ZImportPreview, ZImportResult, ZImportUpload, ZUnitExportQuery } from './units.schemas';

const tags = ['Đơn vị'];
const admin = { roles: ['admin'] as const };
/** Upload errors: 413 for a file over the limit, 415 for a request that is not multipart. */
const uploadErrors = { ...errorResponses, 413: ZError, 415: ZError };
const COLUMNS = 'cột mã, tên, loại, mã đơn vị cấp trên (dòng tiêu đề tìm theo tên cột, không phân biệt dấu và thứ tự)';

/** Import units from XLSX/CSV (preview first, then all or nothing) and export the tree to XLSX. */
export const unitsImportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/import/preview', {
    config: admin,
    schema: {
      tags,
      summary: 'Xem trước tệp nhập đơn vị: mọi dòng và mọi lỗi, không ghi gì',
      description: `Gửi multipart/form-data, trường "file": tệp .xlsx hoặc .csv với ${COLUMNS}.`,
      consumes: ['multipart/form-data'],
      body: ZImportUpload,
      response: { 200: ZImportPreview, ...uploadErrors },
    },
  }, async (req) => previewImport(app.db, actorOf(req), await readUpload(req)));

  app.post('/import', {
    config: admin,
    schema: {
      tags,
      summary: 'Nhập đơn vị từ tệp: chỉ khi mọi dòng hợp lệ, tất cả trong một giao dịch',
      description: `Như xem trước; có dòng lỗi thì trả 400 IMPORT_INVALID và không tạo đơn vị nào. Tệp với ${COLUMNS}.`,
      consumes: ['multipart/form-data'],
      body: ZImportUpload,
      response: { 201: ZImportResult, ...uploadErrors },
    },
  }, async (req, reply) => reply.code(201).send(await runImport(app.db, { ...changeContext(req), actor: actorOf(req) }, await readUpload(req))));

  app.get('/export.xlsx', {
    config: { roles: ['admin', 'staff', 'leader'] as const },
    schema: {
      tags,
      summary: 'Xuất cây đơn vị trong phạm vi ra Excel (cùng cột với tệp nhập)',
      querystring: ZUnitExportQuery,
      response: {
        200: { description: 'Tệp .xlsx', content: { [XLSX_MIME]: { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp Excel') } } },
        ...errorResponses,
      },
    },
  }, async (req, reply) => {
    const file = await exportUnits(app.db, actorOf(req), req.query);
    const day = app.clock().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
    reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="don-vi-${day}.xlsx"`);
    return reply.send(file);
  });
};

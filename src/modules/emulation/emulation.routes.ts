import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { XLSX_MIME } from '../reports/reports.xlsx';
import { errorResponses } from '../common.schemas';
import { ZCriteria, ZCriteriaInput, ZRanking, ZRankingQuery, ZYearQuery } from './emulation.schemas';
import { getCriteria, ranking, saveCriteria } from './emulation.service';
import { rankingWorkbook } from './emulation.xlsx';

const tags = ['Thi đua'];
/** A ranking compares units with each other: the committee's staff, leaders and admins read it; unit accounts do not. */
const readers = { roles: ['admin', 'staff', 'leader'] as const };

export const emulationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/criteria', {
    config: readers,
    schema: { tags, summary: 'Tiêu chí và trọng số thi đua của năm (mặc định nếu chưa cấu hình)', querystring: ZYearQuery, response: { 200: ZCriteria, ...errorResponses } },
  }, async (req) => getCriteria(app.db, actorOf(req), req.query.year));

  app.put('/criteria', {
    config: { roles: ['admin', 'staff'] as const },
    schema: { tags, summary: 'Đặt tiêu chí, trọng số và chỉ tiêu thi đua của năm cho Đảng ủy', body: ZCriteriaInput, response: { 200: ZCriteria, ...errorResponses } },
  }, async (req) => saveCriteria(app.db, { ...changeContext(req), actor: actorOf(req) }, req.body));

  app.get('/ranking', {
    config: readers,
    schema: { tags, summary: 'Xếp hạng thi đua các đơn vị cơ sở trong phạm vi, điểm giải thích theo từng tiêu chí', querystring: ZRankingQuery, response: { 200: ZRanking, ...errorResponses } },
  }, async (req) => ranking(app.db, actorOf(req), req.query, app.clock()));

  app.get('/ranking.xlsx', {
    config: readers,
    schema: {
      tags, summary: 'Xuất bảng xếp hạng thi đua ra Excel', querystring: ZRankingQuery,
      response: { 200: { description: 'Tệp .xlsx', content: { [XLSX_MIME]: { schema: z.any().meta({ type: 'string', format: 'binary' }).describe('Tệp Excel') } } }, ...errorResponses },
    },
  }, async (req, reply) => {
    const file = await rankingWorkbook(await ranking(app.db, actorOf(req), req.query, app.clock()));
    reply.header('content-type', XLSX_MIME).header('content-disposition', `attachment; filename="xep-hang-thi-dua-${req.query.year}.xlsx"`);
    return reply.send(file);
  });
};

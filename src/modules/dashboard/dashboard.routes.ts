import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../app/auth-plugin';
import { errorResponses } from '../common.schemas';
import { ZDashboard, ZDashboardQuery } from './dashboard.schemas';
import { dashboard } from './dashboard.service';

const tags = ['Bảng điều khiển'];
const readers = { roles: ['admin', 'staff', 'leader'] as const };

export const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    config: readers,
    schema: {
      tags, summary: 'Bảng điều khiển: tiến độ theo ngày của các yêu cầu đang mở, theo loại đơn vị, mô hình theo lĩnh vực và cấp, đơn vị chậm',
      querystring: ZDashboardQuery, response: { 200: ZDashboard, ...errorResponses },
    },
  }, async (req) => dashboard(app.db, actorOf(req), req.query, app.clock()));
};

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../app/auth-plugin';
import { errorResponses, ZIdParam } from '../common.schemas';
import { ZScorecard, ZScorecardQuery } from './scorecard.schemas';
import { unitScorecard } from './scorecard.service';

const tags = ['Kết quả thực hiện'];

export const scorecardRoutes: FastifyPluginAsyncZod = async (app) => {
  // Every role: staff, leaders and admins for the units in their scope; a unit account for its own unit only.
  app.get('/:id/scorecard', {
    schema: {
      tags, summary: 'Kết quả thực hiện của một đơn vị qua các yêu cầu: đúng hạn, muộn, quá hạn, chưa đến hạn',
      params: ZIdParam, querystring: ZScorecardQuery, response: { 200: ZScorecard, ...errorResponses },
    },
  }, async (req) => unitScorecard(app.db, actorOf(req), req.params.id, req.query, app.clock()));
};

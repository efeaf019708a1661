import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { errorResponses, ZIdParam } from '../common.schemas';
import {
  ZProgress, ZProgressQuery, ZProgressUnit, ZRequirementCreate, ZRequirementListItem, ZRequirementDetail, ZRequirementListQuery, ZRequirementUpdate, ZUnitsQuery,
} from './requirements.schemas';
import { closeRequirement, createRequirement, requirementDetail, requirementList, requirementProgress, requirementUnits, updateRequirement } from './requirements.service';

const tags = ['Yêu cầu'];
const editors = { roles: ['admin', 'staff'] as const };
const readers = { roles: ['admin', 'staff', 'leader'] as const };

export const requirementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: { tags, summary: 'Yêu cầu trong phạm vi (tài khoản đơn vị: các yêu cầu giao cho đơn vị mình)', querystring: ZRequirementListQuery, response: { 200: z.array(ZRequirementListItem), ...errorResponses } },
  }, async (req) => requirementList(app.db, actorOf(req), req.query, app.clock()));

  app.get('/:id', {
    schema: { tags, summary: 'Một yêu cầu, với quy tắc giao và hạn riêng', params: ZIdParam, response: { 200: ZRequirementDetail, ...errorResponses } },
  }, async (req) => requirementDetail(app.db, actorOf(req), req.params.id));

  app.post('/', {
    config: editors,
    schema: { tags, summary: 'Tạo yêu cầu: loại, hạn, kỳ báo cáo, đơn vị được giao, hạn riêng, người liên hệ', body: ZRequirementCreate, response: { 201: ZRequirementDetail, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createRequirement(app.db, { ...changeContext(req), actor: actorOf(req) }, req.body)));

  app.patch('/:id', {
    config: editors,
    schema: { tags, summary: 'Sửa yêu cầu còn mở (quy tắc giao và hạn riêng được thay toàn bộ)', params: ZIdParam, body: ZRequirementUpdate, response: { 200: ZRequirementDetail, ...errorResponses } },
  }, async (req) => updateRequirement(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body, app.clock()));

  app.post('/:id/close', {
    config: editors,
    schema: { tags, summary: 'Kết thúc yêu cầu: không nhận bài nộp nữa', params: ZIdParam, response: { 200: ZRequirementDetail, ...errorResponses } },
  }, async (req) => closeRequirement(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, app.clock()));

  app.get('/:id/progress', {
    config: readers,
    schema: { tags, summary: 'Tiến độ: được giao, đã gửi, đúng hạn, muộn, quá hạn, chưa đến hạn; gộp theo cây con', params: ZIdParam, querystring: ZProgressQuery, response: { 200: ZProgress, ...errorResponses } },
  }, async (req) => requirementProgress(app.db, actorOf(req), req.params.id, req.query, app.clock(), app.readCache));

  app.get('/:id/units', {
    config: readers,
    schema: { tags, summary: 'Các đơn vị đứng sau một con số của tiến độ', params: ZIdParam, querystring: ZUnitsQuery, response: { 200: z.array(ZProgressUnit), ...errorResponses } },
  }, async (req) => requirementUnits(app.db, actorOf(req), req.params.id, req.query, app.clock(), app.readCache));
};

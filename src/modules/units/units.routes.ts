import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, changeContext } from '../../app/auth-plugin';
import { notFound } from '../../app/errors';
import { errorResponses, ZIdParam } from '../common.schemas';
import { findAncestors, findUnitById, findUnitDto, listUnits } from './units.queries';
import { ZUnit, ZUnitCreate, ZUnitListQuery, ZUnitUpdate } from './units.schemas';
import { createUnit, updateUnit } from './units.service';

const tags = ['Đơn vị'];
const admin = { roles: ['admin'] as const };

export const unitsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', {
    schema: {
      tags,
      summary: 'Đơn vị trong phạm vi: trực thuộc một đơn vị, kết quả tìm kiếm, hoặc gốc của phạm vi',
      querystring: ZUnitListQuery,
      response: { 200: z.array(ZUnit), ...errorResponses },
    },
  }, async (req) => listUnits(app.db, actorOf(req), req.query));

  app.get('/:id', {
    schema: {
      tags,
      summary: 'Một đơn vị và các cấp trên của nó (trong phạm vi)',
      params: ZIdParam,
      response: { 200: ZUnit.extend({ ancestors: z.array(ZUnit) }), ...errorResponses },
    },
  }, async (req) => {
    const actor = actorOf(req);
    const row = await findUnitById(app.db, actor, req.params.id);
    if (!row) throw notFound('Không tìm thấy đơn vị.');
    const [unit, ancestors] = await Promise.all([findUnitDto(app.db, actor, row.id), findAncestors(app.db, actor, row)]);
    return { ...unit!, ancestors };
  });

  app.post('/', {
    config: admin,
    schema: { tags, summary: 'Tạo đơn vị', body: ZUnitCreate, response: { 201: ZUnit, ...errorResponses } },
  }, async (req, reply) => reply.code(201).send(await createUnit(app.db, { ...changeContext(req), actor: actorOf(req) }, req.body)));

  app.patch('/:id', {
    config: admin,
    schema: {
      tags,
      summary: 'Đổi tên, đổi loại, chuyển cả cây con, ngừng hoạt động hoặc hoạt động lại (không xóa)',
      params: ZIdParam,
      body: ZUnitUpdate,
      response: { 200: ZUnit, ...errorResponses },
    },
  }, async (req) => {
    try {
      return await updateUnit(app.db, { ...changeContext(req), actor: actorOf(req) }, req.params.id, req.body, app.clock());
    } finally {
      // Every cached actor's scope path comes from its unit's path, kind and parent: a move touches a whole subtree,
      // so the whole cache goes (unit changes are rare). Even on failure, in case it came after the commit.
      app.sessionCache.clear();
    }
  });
};

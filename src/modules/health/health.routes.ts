import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

export const ZHealth = z.object({
  ok: z.boolean(),
  db: z.enum(['pglite', 'postgres']).describe('Cơ sở dữ liệu đang dùng'),
  version: z.string(),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', {
    config: { public: true },
    schema: { tags: ['Hệ thống'], summary: 'Tình trạng máy chủ và cơ sở dữ liệu', response: { 200: ZHealth } },
  }, async () => {
    await sql`select 1`.execute(app.db);
    return { ok: true, db: app.dbKind, version: app.appVersion };
  });
};

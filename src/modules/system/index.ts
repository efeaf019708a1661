import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { TOKEN_HEADER, tokenMatches } from '../../app/local-control';
import { forbidden } from '../../app/errors';
import { errorResponses } from '../common.schemas';

export interface SystemOptions {
  /** Set only when the server owns a PGlite folder: the token of its control file and how to dump the folder. */
  backup?: { token: string; dump: () => Promise<Uint8Array> };
}

/**
 * Operations for the machine's own operator, not for web users: `danvan backup` calls this while the server runs.
 * Public to the session check, guarded by the token only the server's OS user can read (src/app/local-control.ts).
 */
export const systemModule: FastifyPluginAsyncZod<SystemOptions> = async (app, opts) => {
  app.post('/backup', {
    config: { public: true },
    schema: {
      tags: ['Hệ thống'],
      summary: 'Sao lưu thư mục dữ liệu PGlite khi máy chủ đang chạy (chỉ cho lệnh danvan backup trên cùng máy)',
      headers: z.object({ [TOKEN_HEADER]: z.string().max(200).optional() }),
      response: { 200: z.any().describe('tệp .tar.gz'), ...errorResponses },
    },
  }, async (req, reply) => {
    // No token is configured on PostgreSQL (pg_dump needs no server's help), so every call is refused there.
    if (!tokenMatches(opts.backup?.token, req.headers[TOKEN_HEADER])) throw forbidden('Chỉ lệnh danvan backup chạy trên máy chủ này mới được sao lưu.');
    const dump = await opts.backup!.dump();
    return reply.type('application/gzip').send(Buffer.from(dump));
  });
};

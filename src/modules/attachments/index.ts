import type { FastifyInstance } from 'fastify';
import { acceptUploads } from '../../app/uploads';
import { attachmentRoutes } from './attachments.routes';

/** Submission attachments: registered under /api, since its routes live under both /submissions/:id and /attachments/:id. */
export async function attachmentsModule(app: FastifyInstance): Promise<void> {
  await acceptUploads(app);
  await app.register(attachmentRoutes);
}

import type { FastifyInstance } from 'fastify';
import { documentsRoutes } from './documents.routes';

/** Letters: read a file or pasted text, parse it into its parts and lint it. */
export async function documentsModule(app: FastifyInstance): Promise<void> {
  await app.register(documentsRoutes);
}

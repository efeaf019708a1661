import type { FastifyInstance } from 'fastify';
import { acceptUploads } from '../../app/uploads';
import { documentsRegistryRoutes } from './documents.registry.routes';
import { documentsRoutes } from './documents.routes';

/** Letters: read a file or pasted text, parse it into its parts and lint it; the register of stored documents and their citations. */
export async function documentsModule(app: FastifyInstance): Promise<void> {
  await acceptUploads(app);
  await app.register(documentsRoutes);
  await app.register(documentsRegistryRoutes);
}

import type { FastifyInstance } from 'fastify';
import { acceptUploads } from '../../app/uploads';
import { modelsRoutes } from './models.routes';

/** The Dân vận khéo registry: models across years, year-end evaluation and recognition, import from XLSX. */
export async function modelsModule(app: FastifyInstance): Promise<void> {
  await acceptUploads(app);
  await app.register(modelsRoutes);
}

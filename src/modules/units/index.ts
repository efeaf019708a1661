import type { FastifyInstance } from 'fastify';
import { acceptUploads } from '../../app/uploads';
import { unitsImportRoutes } from './units.import.routes';
import { unitsRoutes } from './units.routes';

/** The organisation tree: browse, search, create, rename, move, deactivate; import from and export to files. */
export async function unitsModule(app: FastifyInstance): Promise<void> {
  await acceptUploads(app);
  await app.register(unitsRoutes);
  await app.register(unitsImportRoutes);
}

import type { FastifyInstance } from 'fastify';
import { unitsImportRoutes } from './units.import.routes';
import { unitsRoutes } from './units.routes';

/** The organisation tree: browse, search, create, rename, move, deactivate; import from and export to files. */
export async function unitsModule(app: FastifyInstance): Promise<void> {
  await app.register(unitsRoutes);
  await app.register(unitsImportRoutes);
}

import type { FastifyInstance } from 'fastify';
import { unitsRoutes } from './units.routes';

/** The organisation tree: browse, search, create, rename, move, deactivate. */
export async function unitsModule(app: FastifyInstance): Promise<void> {
  await app.register(unitsRoutes);
}

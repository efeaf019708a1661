import type { FastifyInstance } from 'fastify';
import { emulationRoutes } from './emulation.routes';

/** Emulation scoring: the committee's criteria per year and the ranking of its grassroots units. */
export async function emulationModule(app: FastifyInstance): Promise<void> {
  await app.register(emulationRoutes);
}

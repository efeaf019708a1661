import type { FastifyInstance } from 'fastify';
import { healthRoutes } from './health.routes';

/** Liveness and database check for monitoring and for `npm start`'s readiness. */
export async function healthModule(app: FastifyInstance): Promise<void> {
  await app.register(healthRoutes);
}

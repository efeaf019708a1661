import type { FastifyInstance } from 'fastify';
import { dashboardRoutes } from './dashboard.routes';

/** The dashboard of staff and leaders: progress over time, by unit kind and subtree, models, late and missing units. */
export async function dashboardModule(app: FastifyInstance): Promise<void> {
  await app.register(dashboardRoutes);
}

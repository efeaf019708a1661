import type { FastifyInstance } from 'fastify';
import { scorecardRoutes } from './scorecard.routes';

/** A unit's scorecard across requirements (registered under /api/units, beside the units module). */
export async function scorecardModule(app: FastifyInstance): Promise<void> {
  await app.register(scorecardRoutes);
}

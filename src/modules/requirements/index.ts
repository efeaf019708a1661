import type { FastifyInstance } from 'fastify';
import { requirementsRoutes } from './requirements.routes';
import { submissionRoutesOfRequirement } from '../submissions/submissions.routes';

/** Requirements of a directive: create, edit, close, list; progress and the units behind each number; a unit's submission to one. */
export async function requirementsModule(app: FastifyInstance): Promise<void> {
  await app.register(requirementsRoutes);
  await app.register(submissionRoutesOfRequirement);
}

import type { FastifyInstance } from 'fastify';
import { submissionRoutes } from './submissions.routes';

/** Submissions: a unit's inbox, drafts with optimistic locking, submit / return / accept, comments and versions. */
export async function submissionsModule(app: FastifyInstance): Promise<void> {
  await app.register(submissionRoutes);
}

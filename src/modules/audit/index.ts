import type { FastifyInstance } from 'fastify';
import { auditRoutes } from './audit.routes';

/** The append-only audit log, read by admins. */
export async function auditModule(app: FastifyInstance): Promise<void> {
  await app.register(auditRoutes);
}

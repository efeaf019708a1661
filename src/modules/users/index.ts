import type { FastifyInstance } from 'fastify';
import { usersRoutes } from './users.routes';

/** Accounts: create, change role and unit, disable, reset password (admin). */
export async function usersModule(app: FastifyInstance): Promise<void> {
  await app.register(usersRoutes);
}

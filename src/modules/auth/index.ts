import type { FastifyInstance } from 'fastify';
import { authRoutes } from './auth.routes';

/** Login, logout, the current user, changing one's own password. */
export async function authModule(app: FastifyInstance): Promise<void> {
  await app.register(authRoutes);
}

import type { FastifyInstance } from 'fastify';
import { notificationsRoutes } from './notifications.routes';

/** In-app notifications of the signed-in account (reminders write them): list with unread count, mark read. */
export async function notificationsModule(app: FastifyInstance): Promise<void> {
  await app.register(notificationsRoutes);
}

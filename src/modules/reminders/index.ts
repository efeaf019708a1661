import type { FastifyInstance } from 'fastify';
import { remindersRoutes } from './reminders.routes';

/** Reminders (đôn đốc) of a requirement: notify, e-mail and write the letter to units that have not submitted; the history. */
export async function remindersModule(app: FastifyInstance): Promise<void> {
  await app.register(remindersRoutes);
}

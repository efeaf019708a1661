import type { FastifyInstance } from 'fastify';
import { calendarRoutes } from './calendar.routes';

/** A unit's deadlines as an ICS calendar feed behind a secret address, and the creation of that address. */
export async function calendarModule(app: FastifyInstance): Promise<void> {
  await app.register(calendarRoutes);
}

import type { FastifyInstance } from 'fastify';
import { reportsRoutes } from './reports.routes';

/** Reports: the summary report (DOCX, PDF) worded by the committee's template, and the XLSX exports. */
export async function reportsModule(app: FastifyInstance): Promise<void> {
  await app.register(reportsRoutes);
}

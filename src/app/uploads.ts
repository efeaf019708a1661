import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * Multipart uploads, registered by each module that takes files (units and models import, documents,
 * attachments) rather than once for the whole app: @fastify/multipart hooks every request of the scope it is in
 * (a `close` listener on each response and an async onResponse clean-up), which cost every read of the API
 * while only a handful of routes take files. Elsewhere a multipart body is a 415.
 */
export async function acceptUploads(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 }, throwFileSizeLimit: true });
}

import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isUniqueViolation } from '../db/errors';

/** The one error type of the application: a stable code, an HTTP status and a Vietnamese message. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    /** Extra fields of the error body, e.g. the current version of a stale edit (a route's 4xx schema must declare them). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const notFound = (what = 'Không tìm thấy dữ liệu yêu cầu.') => new AppError('NOT_FOUND', 404, what);
export const forbidden = (what = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', 403, what);
export const badRequest = (code: string, message: string) => new AppError(code, 400, message);
export const conflict = (code: string, message: string) => new AppError(code, 409, message);

/** Fastify's own error codes a client can cause, in Vietnamese. */
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON', 'Dữ liệu gửi lên không phải JSON hợp lệ.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON', 'Thiếu nội dung JSON.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'BODY_TOO_LARGE', 'Dữ liệu gửi lên quá lớn.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'BAD_REQUEST', 'Độ dài dữ liệu không khớp.'],
  FST_REQ_FILE_TOO_LARGE: [413, 'FILE_TOO_LARGE', 'Tệp tải lên vượt quá 20 MB.'],
  FST_FILES_LIMIT: [413, 'TOO_MANY_FILES', 'Chỉ được tải lên một tệp mỗi lần.'],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, 'NOT_MULTIPART', 'Cần gửi tệp dưới dạng multipart/form-data.'],
  FST_ERR_VALIDATION: [400, 'VALIDATION', 'Dữ liệu không hợp lệ.'],
};

/** Busboy (under @fastify/multipart) rejects a broken upload with a bare Error, known only by its message. */
const BROKEN_MULTIPART = /unexpected end of multipart data|^Multipart: Boundary not found$/i;

function describeIssues(issues: readonly { path?: readonly PropertyKey[]; message: string; instancePath?: string }[]): string {
  return issues
    .slice(0, 5)
    .map((i) => {
      const where = i.path?.length ? i.path.join('.') : (i.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return where ? `${where}: ${i.message}` : i.message;
    })
    .join('; ');
}

/** One handler maps every error to `{ error: { code, message } }`; 5xx are logged and never explained. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof AppError) {
      return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...err.details } });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext === 'params' ? 'Tham số đường dẫn' : err.validationContext === 'querystring' ? 'Tham số truy vấn' : 'Dữ liệu';
      const message = `${where} không hợp lệ — ${describeIssues(err.validation.map((v) => ({ message: v.message ?? 'không hợp lệ', instancePath: v.instancePath })))}`;
      return reply.code(400).send({ error: { code: 'VALIDATION', message } });
    }
    if (err instanceof z.ZodError) {
      return reply.code(400).send({ error: { code: 'VALIDATION', message: `Dữ liệu không hợp lệ — ${describeIssues(err.issues)}` } });
    }
    const known = err.code ? FASTIFY_ERRORS[err.code] : undefined;
    if (known) {
      return reply.code(known[0]).send({ error: { code: known[1], message: known[2] } });
    }
    if (isUniqueViolation(err)) {
      return reply.code(409).send({ error: { code: 'CONFLICT', message: 'Dữ liệu trùng với một bản ghi vừa được tạo. Hãy tải lại trang và thử lại.' } });
    }
    if (BROKEN_MULTIPART.test(err.message ?? '')) {
      return reply.code(400).send({ error: { code: 'INVALID_MULTIPART', message: 'Dữ liệu tải lên bị hỏng hoặc không trọn vẹn. Hãy chọn lại tệp và gửi lại.' } });
    }
    if (err.statusCode === 429) {
      return reply.code(429).send({ error: { code: 'RATE_LIMITED', message: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.' } });
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return reply.code(err.statusCode).send({ error: { code: 'BAD_REQUEST', message: 'Yêu cầu không hợp lệ.' } });
    }
    req.log.error({ err, method: req.method, url: req.url, params: req.params, serialization: isResponseSerializationError(err) }, 'lỗi máy chủ');
    return reply.code(500).send({ error: { code: 'INTERNAL', message: 'Lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' } });
  });
}

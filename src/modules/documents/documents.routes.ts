import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { badRequest } from '../../app/errors';
import { errorResponses, ZError } from '../common.schemas';
import { analyzeFile, analyzeText, readUploadedFile } from './documents.service';
import { MAX_TEXT_CHARS, ZAnalysis, ZAnalyzeBody } from './documents.schemas';

const tags = ['Văn bản'];
/**
 * Reading incoming letters is the committee's own work (its boards and leaders); grassroots unit
 * accounts answer requirements and never handle the committee's mail, so they are not let in.
 */
const committee = ['admin', 'staff', 'leader'] as const;
/** Reading a 20 MB PDF costs seconds of CPU: a person checks a few letters a minute, a script no more. */
export const ANALYZE_PER_MINUTE = 20;
/** JSON of MAX_TEXT_CHARS Vietnamese characters: up to 3 bytes each in UTF-8, plus escapes. */
const TEXT_BODY_LIMIT = 4 * 1024 * 1024;

/** Reading and checking letters. Nothing is written to the database, so there is nothing to audit. */
export const documentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/analyze', {
    bodyLimit: TEXT_BODY_LIMIT,
    config: {
      roles: committee,
      rateLimit: { max: ANALYZE_PER_MINUTE, timeWindow: '1 minute', keyGenerator: (req) => (req.actor ? `user:${req.actor.userId}` : req.ip) },
    },
    schema: {
      tags,
      summary: 'Đọc và kiểm tra một văn bản: tách các phần của văn bản và tìm lỗi (không lưu gì)',
      description:
        `Gửi JSON { "text": "…" } (tối đa ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự), hoặc multipart/form-data với trường "file": ` +
        'tệp .txt (UTF-8, UTF-16, TCVN3, VNI, Windows-1258), .docx hoặc .pdf có lớp chữ, tối đa 20 MB. Loại tệp nhận theo nội dung, không theo tên.',
      consumes: ['application/json', 'multipart/form-data'],
      body: ZAnalyzeBody,
      response: { 200: ZAnalysis, ...errorResponses, 413: ZError, 415: ZError, 429: ZError },
    },
  }, async (req) => {
    if (req.isMultipart()) {
      const upload = await readUploadedFile(req);
      return analyzeFile(upload.data, upload.filename);
    }
    if (typeof req.body?.text !== 'string') throw badRequest('TEXT_REQUIRED', 'Gửi nội dung văn bản trong trường "text" (JSON) hoặc một tệp trong trường "file" (multipart/form-data).');
    return analyzeText(req.body.text);
  });
};

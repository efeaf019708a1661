import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../test/db';
import type { Database } from '../db/connect';
import { buildApp } from '../server';
import { securityHeaders } from './security-headers';

describe('tiêu đề bảo mật (tính một lần khi khởi động)', () => {
  let app: FastifyInstance;
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase('pglite', 'empty');
    app = await buildApp({ db: database.db, dbKind: 'pglite', version: 'test', webRoot: null });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('chính sách nội dung chặn script lạ, khung nhúng và object; không có HSTS trên http', () => {
    const h = securityHeaders();
    expect(h['content-security-policy']).toContain("script-src 'self'");
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).toContain("object-src 'none'");
    expect(h['content-security-policy']).not.toContain('unsafe-eval');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['strict-transport-security']).toBeUndefined();
  });

  it('có trên mọi câu trả lời: thành công, 401, 404 và lỗi dữ liệu vào', async () => {
    const answers = await Promise.all([
      app.inject({ url: '/api/health' }),
      app.inject({ url: '/api/units' }),
      app.inject({ url: '/khong-co' }),
      app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 404, 400]);
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toBe(securityHeaders()['content-security-policy']);
      expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

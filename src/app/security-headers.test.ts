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

  it('câu trả lời của API (thành công, 401, 404, lỗi dữ liệu vào) mang bộ tiêu đề chặt cho API: không tải, không nhúng, không đoán kiểu', async () => {
    const answers = await Promise.all([
      app.inject({ url: '/api/health' }),
      app.inject({ url: '/api/units' }),
      app.inject({ url: '/api/khong-co' }), // an unknown API address, without a session
      app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":' }),
    ]);
    expect(answers.map((r) => r.statusCode)).toEqual([200, 401, 401, 400]);
    for (const r of answers) {
      expect(r.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('trang ngoài API mang đủ bộ tiêu đề của helmet, kể cả 404; trang tài liệu API vẫn tải được giao diện của nó', async () => {
    const page = await app.inject({ url: '/khong-co' });
    expect(page.statusCode).toBe(404);
    expect(page.headers['content-security-policy']).toBe(securityHeaders()['content-security-policy']);
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const docs = await app.inject({ url: '/api/docs' });
    expect(docs.headers['content-security-policy']).toContain("default-src 'self'");
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
  });
});

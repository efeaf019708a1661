import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/server';
import { freshDatabase } from './db';
import type { Database } from '../src/db/connect';

// @fastify/static 10 declares Node 22 in some dependencies; this proves it serves the web app on this Node.
describe(`giao diện web được phục vụ trên Node ${process.version}`, () => {
  let app: FastifyInstance;
  let database: Database;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'danvan-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="vi"><title>Dân vận</title><div id="root"></div></html>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log("xin chào")');
    database = await freshDatabase('pglite', 'empty');
    app = await buildApp({ db: database.db, dbKind: 'pglite', version: 'test', webRoot: root });
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('trang chủ trả index.html kèm các tiêu đề bảo mật', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Dân vận');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('đường dẫn của ứng dụng (/don-vi) cũng trả index.html để trình duyệt tự định tuyến', async () => {
    const res = await app.inject({ url: '/don-vi' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<div id="root">');
  });

  it('tệp tĩnh được phục vụ với đúng kiểu', async () => {
    const res = await app.inject({ url: '/assets/app.js' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('địa chỉ API không tồn tại trả lỗi JSON (401 khi chưa đăng nhập), không phải trang web', async () => {
    const res = await app.inject({ url: '/api/khong-co' });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('không cho đọc tệp ngoài thư mục web (path traversal)', async () => {
    const res = await app.inject({ url: '/..%2f..%2fpackage.json' });
    expect(res.body).not.toContain('"dependencies"');
  });
});

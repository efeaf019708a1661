import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION } from '../src/config';
import { buildApp } from '../src/server';
import { apiRouteKeys, buildTestApp, type TestApp } from './app';
import { DIALECTS, freshDatabase } from './db';

type Json = Record<string, any>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * The rules of OpenAPI 3.0 a generator most easily breaks (no validator package is installed, so they
 * are checked here by hand): required fields, responses with descriptions, path parameters declared
 * exactly once, unique operation ids, references that resolve, JSON Schema keywords 3.0 does not know.
 */
function openApiProblems(doc: Json): string[] {
  const problems: string[] = [];
  if (typeof doc.openapi !== 'string' || !/^3\.\d+\.\d+$/.test(doc.openapi)) problems.push(`openapi: ${doc.openapi}`);
  if (typeof doc.info?.title !== 'string' || typeof doc.info?.version !== 'string') problems.push('info.title / info.version');
  if (typeof doc.paths !== 'object' || doc.paths === null) return [...problems, 'paths'];
  const schemes = Object.keys(doc.components?.securitySchemes ?? {});
  const checkSecurity = (sec: unknown, where: string) => {
    if (sec === undefined) return;
    if (!Array.isArray(sec)) return problems.push(`${where}: security không phải mảng`);
    for (const req of sec) for (const name of Object.keys(req)) if (!schemes.includes(name)) problems.push(`${where}: security ${name} chưa khai báo`);
  };
  checkSecurity(doc.security, 'gốc');
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    if (!path.startsWith('/')) problems.push(`${path}: phải bắt đầu bằng /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    for (const [method, op] of Object.entries<Json>(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!METHODS.includes(method)) { if (method !== 'parameters' && method !== 'summary' && method !== 'description') problems.push(`${where}: khóa lạ`); continue; }
      if (!op.responses || Object.keys(op.responses).length === 0) problems.push(`${where}: không có responses`);
      for (const [status, r] of Object.entries<Json>(op.responses ?? {})) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${where}: mã ${status}`);
        if (typeof r.description !== 'string') problems.push(`${where} ${status}: thiếu description`);
      }
      if (op.operationId) {
        if (operationIds.has(op.operationId)) problems.push(`${where}: operationId trùng ${op.operationId}`);
        operationIds.add(op.operationId);
      }
      const params: Json[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const seen = new Set<string>();
      for (const p of params) {
        if (!['query', 'header', 'path', 'cookie'].includes(p.in) || typeof p.name !== 'string') problems.push(`${where}: tham số sai ${JSON.stringify(p)}`);
        if (seen.has(`${p.in}:${p.name}`)) problems.push(`${where}: tham số trùng ${p.name}`);
        seen.add(`${p.in}:${p.name}`);
        if (p.in === 'path' && (p.required !== true || !templated.includes(p.name))) problems.push(`${where}: tham số đường dẫn ${p.name}`);
        if (!p.schema && !p.content) problems.push(`${where}: tham số ${p.name} không có schema`);
      }
      for (const name of templated) if (!seen.has(`path:${name}`)) problems.push(`${where}: thiếu khai báo tham số {${name}}`);
      if (op.requestBody && typeof op.requestBody.content !== 'object') problems.push(`${where}: requestBody thiếu content`);
      checkSecurity(op.security, where);
    }
  }
  // JSON Schema of 3.0: a single type (nullable instead of a type array), boolean exclusiveMinimum, no $schema or const.
  const walk = (node: unknown, where: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${where}[${i}]`));
    if (node === null || typeof node !== 'object') return;
    const o = node as Json;
    if (Array.isArray(o.type)) problems.push(`${where}: type là mảng`);
    if ('$schema' in o) problems.push(`${where}: $schema`);
    if ('const' in o) problems.push(`${where}: const (3.0 dùng enum)`);
    for (const k of ['exclusiveMinimum', 'exclusiveMaximum']) if (k in o && typeof o[k] !== 'boolean') problems.push(`${where}: ${k} phải là boolean`);
    if (typeof o.$ref === 'string') {
      const target = o.$ref.startsWith('#/') ? o.$ref.slice(2).split('/').reduce((acc: any, k: string) => acc?.[k], doc) : undefined;
      if (target === undefined) problems.push(`${where}: $ref không trỏ tới đâu: ${o.$ref}`);
    }
    for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`);
  };
  walk(doc.paths, 'paths');
  walk(doc.components, 'components');
  return problems;
}

describe.each(DIALECTS)('tài liệu API và tình trạng (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await buildTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  it('GET /api/health trả { ok, db, version } không cần đăng nhập', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, db: kind, version: 'test' });
  });

  it('GET /api/openapi.json là tài liệu OpenAPI 3 hợp lệ', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(openApiProblems(doc)).toEqual([]);
  });

  it('tài liệu ghi đủ mọi địa chỉ /api đã đăng ký (trừ trang tài liệu)', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const documented = Object.entries<Json>(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1').replace(/(.)\/$/, '$1')}`),
    );
    const registered = apiRouteKeys(t.routes).filter((k) => !k.includes(' /api/docs'));
    expect(registered.length).toBeGreaterThan(10);
    expect(registered.filter((k) => !documented.includes(k))).toEqual([]);
    expect(documented.filter((k) => !registered.includes(k))).toEqual([]);
  });

  it('mỗi thao tác có tóm tắt và nhóm tiếng Việt; địa chỉ công khai không đòi phiên đăng nhập', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.security).toEqual([{ session: [] }]);
    const publicOps: string[] = [];
    for (const [path, item] of Object.entries<Json>(doc.paths)) {
      for (const [method, op] of Object.entries<Json>(item)) {
        expect(op.summary, `${method} ${path}`).toMatch(/[ạ-ỹđàáâãèéêìíòóôõùúýơư]/i);
        expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        if (Array.isArray(op.security) && op.security.length === 0) publicOps.push(`${method.toUpperCase()} ${path}`);
      }
    }
    // No session, but a secret: the backup route takes the server's local token (modules/system), the calendar feed its own token.
    expect(publicOps.sort()).toEqual(['GET /api/calendar/{token}.ics', 'GET /api/health', 'GET /api/openapi.json', 'POST /api/auth/login', 'POST /api/system/backup']);
  });

  it('/api/docs trả trang HTML không cần đăng nhập', async () => {
    const res = await t.app.inject({ url: '/api/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toMatch(/<html/i);
    expect(res.body).toMatch(/swagger/i);
  });
});

describe('GET /api/health', () => {
  it('báo phiên bản của gói', async () => {
    const database = await freshDatabase('pglite', 'empty');
    const app = await buildApp({ db: database.db, dbKind: database.kind, version: VERSION, webRoot: null });
    try {
      const res = await app.inject({ url: '/api/health' });
      expect(res.json()).toEqual({ ok: true, db: 'pglite', version: VERSION });
      expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    } finally {
      await app.close();
      await database.close();
    }
  });
});

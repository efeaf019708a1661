import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../src/db/connect';
import { buildApp } from '../src/server';
import { apiRouteKeys, buildTestApp, type TestApp } from './app';
import { DIALECTS, freshDatabase } from './db';
import { unitIdOf, userIdOf } from './factory';

/**
 * Bad input generated from the OpenAPI document the app serves: for every operation that takes input, fast-check
 * breaks one thing at a time (a path parameter, a query parameter, a body field, the whole body, its JSON, its
 * content type, its size, an uploaded file) and every answer must be a 4xx `{ error: { code, message } }` in
 * Vietnamese with no stack trace or SQL, and no table may change. The operations come from the document, so a
 * new route is fuzzed as soon as it is documented (test/openapi.test.ts makes sure every route is).
 */

type Schema = Record<string, any>;
interface Operation { key: string; method: string; path: string; op: Schema }

/**
 * Operations that change something yet take no input at all: nothing to break. A GET without parameters cannot carry
 * input either and is left out without being listed; any other operation without input must be added here on purpose.
 */
const NO_INPUT = ['POST /api/auth/logout'];
const SEED = 20261126;
const RUNS = 20;
/** find-my-way's default: a longer path parameter is refused by the router before any route runs. */
const ROUTER_MAX_PARAM = 100;
const HUGE = 'x'.repeat(100_000);
const VIETNAMESE = /[đươạ-ỹàáâãèéêìíòóôõùúý]/i;
const LEAK = /\bat [\w.<>]+ \(|node:internal|\/src\/|\.ts:\d+|Error:|\bselect\b[\s\S]*\bfrom\b|\binsert into\b|syntax error at|violates .* constraint|relation "|duplicate key/i;

/** Odd strings: out-of-range and non-numbers, impossible dates, control and direction characters, traversal, markup. */
const ODD = [
  '', '0', '-1', String(2 ** 31), '1e308', 'NaN', 'Infinity', '1.5', 'true', 'null', '[]', '{}', '2024-02-30', '31/4/2024', '2024-13-01',
  '\u0000', 'a\u0000b', '\u202Efdp.exe', '😀👨‍👩‍👧', '../../etc/passwd', '..\\..\\windows', '<script>alert(1)</script>', "1' OR '1'='1", HUGE,
];
const JSON_ODD: unknown[] = [...ODD, null, true, false, 0, -1, 2 ** 31, -(2 ** 31) - 1, 1e308, -1e308, 1.5, 2 ** 53 + 2, [], [null], [1, 'a', {}], {}, { a: 1 }];
const jsonRandom = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const textRandom = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String));

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/**
 * Whether `v` may satisfy the schema (OpenAPI 3.0 as the app emits it). Conservative: when in doubt it says yes,
 * so a generated case is only kept when it is certainly invalid. `text`: the value came as query/path/header text.
 */
function conforms(s: Schema | undefined, v: unknown, text: boolean): boolean {
  if (!s || typeof s !== 'object') return true;
  if (v === null) return s.nullable === true || (s.type === undefined && !s.enum);
  if (text && Array.isArray(v)) return s.type === 'array' ? v.every((x) => conforms(s.items, x, true)) : v.length === 1 && conforms(s, v[0], true);
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return alts.some((a: Schema) => conforms(a, v, text));
  if (s.allOf && !s.allOf.every((a: Schema) => conforms(a, v, text))) return false;
  if (s.enum && !s.enum.some((e: unknown) => e === v || (text && String(e) === v))) return false;
  switch (s.type) {
    case 'string': {
      if (typeof v !== 'string') return false;
      const lengths = [v.length, [...v].length];
      if (lengths.every((n) => n > (s.maxLength ?? Infinity)) || lengths.every((n) => n < (s.minLength ?? 0))) return false;
      return !s.pattern || new RegExp(s.pattern).test(v);
    }
    case 'integer': case 'number': {
      if (text && (typeof v !== 'string' || v.trim() === '')) return true;
      const n = text ? Number(v) : v;
      if (!isNum(n) || (s.type === 'integer' && !Number.isInteger(n))) return false;
      if (s.minimum !== undefined && (s.exclusiveMinimum === true ? n <= s.minimum : n < s.minimum)) return false;
      if (typeof s.exclusiveMinimum === 'number' && n <= s.exclusiveMinimum) return false;
      return !(s.maximum !== undefined && (s.exclusiveMaximum === true ? n >= s.maximum : n > s.maximum));
    }
    case 'boolean': return text || typeof v === 'boolean';
    case 'array':
      if (!Array.isArray(v)) return false;
      return v.length >= (s.minItems ?? 0) && v.length <= (s.maxItems ?? Infinity) && v.every((x) => conforms(s.items, x, text));
    case 'object': {
      if (typeof v !== 'object' || Array.isArray(v)) return false;
      const o = v as Record<string, unknown>;
      if ((s.required ?? []).some((k: string) => o[k] === undefined)) return false;
      return Object.entries(o).every(([k, x]) => (s.properties?.[k] ? conforms(s.properties[k], x, text)
        : s.additionalProperties === false ? false : typeof s.additionalProperties === 'object' ? conforms(s.additionalProperties, x, text) : true));
    }
    default: return true;
  }
}

/** A plausible valid value, so that the one broken thing is what the server refuses. */
function sample(s: Schema | undefined): unknown {
  if (!s) return 'a';
  if (s.enum) return s.enum[0];
  const alts = s.anyOf ?? s.oneOf;
  if (alts) return sample(alts[0]);
  switch (s.type) {
    case 'string': {
      const tries = [...(s.format === 'date' ? ['2099-12-31'] : []), 'Báo cáo thử', 'abc', 'a.b', '0912345678', '1', 'x'.repeat(s.minLength ?? 1)];
      return tries.find((x) => conforms(s, x, false)) ?? 'abc';
    }
    case 'integer': case 'number': return Math.max(1, s.minimum ?? 1);
    case 'boolean': return true;
    case 'array': return Array.from({ length: s.minItems ?? 0 }, () => sample(s.items));
    case 'object': return Object.fromEntries((s.required ?? []).map((k: string) => [k, sample(s.properties?.[k])]));
    default: return 'a';
  }
}

/** A value certainly invalid for the schema: a random one when it is, else one of the fixed odd values that is. */
function badValue(s: Schema, text: boolean): fc.Arbitrary<unknown> | null {
  const consts = (text ? ODD : JSON_ODD).filter((v) => !conforms(s, v, text));
  if (text && !conforms(s, ['1', '2'], true)) consts.push(['1', '2']);
  if (consts.length === 0) return null;
  const random = text ? fc.oneof(textRandom, fc.array(textRandom, { minLength: 2, maxLength: 3 })) : jsonRandom;
  return fc.oneof(fc.constantFrom(...consts), fc.tuple(random, fc.nat()).map(([v, i]) => (conforms(s, v, text) ? consts[i % consts.length] : v)));
}

/** Where inside a sampled body a value can be broken: each property (present or not) and the first item of arrays, three levels deep. */
function slots(s: Schema | undefined, at: (string | number)[] = [], depth = 0): { at: (string | number)[]; schema: Schema }[] {
  if (!s || depth > 2) return [];
  const own = s.anyOf ?? s.oneOf ? (s.anyOf ?? s.oneOf)[0] : s;
  if (own.type === 'object') return Object.entries<Schema>(own.properties ?? {}).flatMap(([k, p]) => [{ at: [...at, k], schema: p }, ...slots(p, [...at, k], depth + 1)]);
  if (own.type === 'array' && own.items && (own.minItems ?? 0) > 0) return [{ at: [...at, 0], schema: own.items }, ...slots(own.items, [...at, 0], depth + 1)];
  return [];
}
function setAt(root: unknown, at: (string | number)[], v: unknown): unknown {
  const copy = structuredClone(root) as any;
  let node = copy;
  // An optional object or array the sample left out is created on the way down.
  at.slice(0, -1).forEach((k, i) => { node = node[k] ??= typeof at[i + 1] === 'number' ? [] : {}; });
  node[at.at(-1)!] = v;
  return copy;
}

/** Broken JSON bodies: one field wrong, a required field missing, an unknown field where forbidden, or the whole body wrong. */
function badBodies(s: Schema): fc.Arbitrary<unknown> {
  const base = sample(s);
  const choices: fc.Arbitrary<unknown>[] = [];
  for (const slot of slots(s)) {
    const bad = badValue(slot.schema, false);
    if (bad) choices.push(bad.map((v) => setAt(base, slot.at, v)));
  }
  for (const k of s.required ?? []) choices.push(fc.constant(Object.fromEntries(Object.entries(base as object).filter(([x]) => x !== k))));
  if (s.additionalProperties === false) choices.push(fc.constant({ ...(base as object), truongLa: 'x' }));
  const whole = badValue(s, false);
  if (whole) choices.push(whole);
  const fallback = JSON_ODD.find((v) => !conforms(s, v, false));
  return fc.oneof(...choices).map((b) => (conforms(s, b, false) ? fallback : b));
}

/** The document read from a running app, once: operations are known before the tests are collected. */
async function readDocument(): Promise<Schema> {
  const database = await freshDatabase('pglite', 'empty');
  const app = await buildApp({ db: database.db, dbKind: database.kind, version: 'test', webRoot: null });
  try {
    return (await app.inject({ url: '/api/openapi.json' })).json();
  } finally {
    await app.close();
    await database.close();
  }
}
const DOC = await readDocument();
const OPERATIONS: Operation[] = Object.entries<Schema>(DOC.paths).flatMap(([path, item]) =>
  Object.entries<Schema>(item).filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)).map(([m, op]) => ({
    key: `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1').replace(/(.)\/$/, '$1')}`, method: m.toUpperCase(), path, op,
  })));
const takesInput = (o: Operation) => (o.op.parameters?.length ?? 0) > 0 || o.op.requestBody !== undefined;

/**
 * Row count and content hash of every table, so that an insert, update or delete anywhere shows. audit_event is
 * included: no route audits input it refuses (a login is audited only once its body is well formed, never generated here).
 */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
  const rows = await Promise.all(tables.map(async (name) => {
    const r = await sql<{ n: number; h: string | null }>`select count(*)::int as n, md5(string_agg(t::text, '|' order by t::text)) as h from ${sql.table(name)} t`.execute(db);
    // A signed-in request may refresh its session's last use (last_seen_at): sessions are compared by count only.
    return [name, name === 'user_session' ? `${r.rows[0]!.n}` : `${r.rows[0]!.n} ${r.rows[0]!.h}`] as const;
  }));
  return Object.fromEntries(rows);
}

interface Case { what: string; req: InjectOptions }
const asCase = (what: string, req: InjectOptions): Case => ({ what, req, [fc.toStringMethod]: () => `${what} → ${String(req.url).slice(0, 160)}` } as Case);
const short = (v: unknown) => { const s = JSON.stringify(v) ?? String(v); return s.length > 80 ? `${s.slice(0, 80)}… (${s.length})` : s; };
const headerSafe = (v: unknown) => { const s = String(v); return /^[\t\x20-\x7e]*$/.test(s) ? s : encodeURIComponent(s); };

/** A multipart body with text fields and, optionally, one file. */
function multipart(fields: Record<string, unknown>, file?: { field: string; name: string; type: string; data: Buffer }): InjectOptions {
  const parts: Buffer[] = Object.entries(fields).map(([k, v]) => Buffer.from(`--fz\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${typeof v === 'string' ? v : JSON.stringify(v)}\r\n`));
  if (file) parts.push(Buffer.from(`--fz\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`), file.data, Buffer.from('\r\n'));
  return { headers: { 'content-type': 'multipart/form-data; boundary=fz' }, payload: Buffer.concat([...parts, Buffer.from('--fz--\r\n')]) };
}
const FILE_NAMES = ['../../x.pdf', '..\\..\\x.pdf', 'a\u0000b.pdf', '\u202Efdp.exe', '😀 báo cáo.pdf', '<script>alert(1)</script>.pdf', 'con.pdf', '.pdf'];
/** Contents no upload accepts whatever its name: nothing, a Windows program, a broken zip (a docx or xlsx cut short), binary noise. */
const FILE_DATA = [Buffer.alloc(0), Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]), Buffer.from('PK\u0003\u0004hỏng hết rồi'), Buffer.from([0, 0xff, 0xfe, 1, 2, 0x80, 0])];

describe.each(DIALECTS)('đầu vào sai sinh từ tài liệu OpenAPI: 4xx tiếng Việt, không ghi gì (%s)', (kind) => {
  let t: TestApp;
  const sessions: Record<string, string> = {};
  /** Ids of objects the callers own, by the first segment after /api/, for paths that must be valid while something else is broken. */
  const own: Record<string, number> = {};
  let fakeNow = Date.now();
  let address = 0;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const name of ['admin', 'cucthongke', 'canbo']) sessions[name] = await t.login(name);
    const call = async (who: string, method: 'POST' | 'PUT', url: string, payload: object) => {
      const res = await t.app.inject({ method, url, headers: { cookie: sessions[who]! }, payload });
      if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
      return res.json<{ id: number }>().id;
    };
    own.units = await unitIdOf(t.database.db, 'cucthongke');
    own.users = await userIdOf(t.database.db, 'cucthongke');
    own.requirements = await call('admin', 'POST', '/api/requirements', { kind: 'report', title: 'Báo cáo thử dữ liệu sai', deadline: '2099-12-31', targets: [{ rule: 'unit', unitId: own.units }] });
    own.submissions = await call('cucthongke', 'PUT', `/api/requirements/${own.requirements}/submission`, { content: {}, version: 0 });
    own.documents = await call('admin', 'POST', '/api/documents', { direction: 'incoming', subject: 'Văn bản thử dữ liệu sai' });
    own.reminders = await call('admin', 'POST', '/api/reminders', { requirementId: own.requirements });
    expect((await t.app.inject({ url: '/api/openapi.json' })).json()).toEqual(DOC);
  });
  afterAll(async () => { await t?.close(); });

  /** The route as registered: its roles, rate limit and body limit. */
  function route(o: Operation) {
    const r = t.routes.find((x) => apiRouteKeys([x]).includes(o.key));
    if (!r) throw new Error(`${o.key} không có trong bảng địa chỉ`);
    return r;
  }
  /** Admin passes every role check, so validation answers; a route the admin may not call is sent by the unit account (or staff). */
  function callerOf(o: Operation): string | undefined {
    const config = route(o).config as { public?: boolean; roles?: string[] } | undefined;
    if (config?.public) return undefined;
    if (!config?.roles || config.roles.includes('admin')) return 'admin';
    return config.roles.includes('unit') ? 'cucthongke' : 'canbo';
  }

  async function send(o: Operation, req: InjectOptions): Promise<LightMyRequestResponse> {
    const caller = callerOf(o);
    const limited = Boolean((route(o).config as { rateLimit?: unknown } | undefined)?.rateLimit);
    // Rate limits count per user or address within a minute of Date.now(): each request here starts a new minute, so validation answers.
    const clock = limited ? vi.spyOn(Date, 'now').mockReturnValue((fakeNow += 61_000)) : null;
    try {
      address += 1;
      return await t.app.inject({
        ...req, method: o.method as InjectOptions['method'], remoteAddress: `10.9.${(address >> 8) & 255}.${address & 255}`,
        headers: { ...req.headers, ...(caller && { cookie: sessions[caller]! }) },
      });
    } finally {
      clock?.mockRestore();
    }
  }

  function expectRefused(res: LightMyRequestResponse, what: string) {
    expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
    expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
    expect(res.statusCode, `${what}: giới hạn tần suất đã trả lời thay cho kiểm tra dữ liệu`).not.toBe(429);
    const body = res.json() as { error: { code: string; message: string } };
    expect(body, what).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    expect(body.error.message, what).toMatch(VIETNAMESE);
    expect(res.body, what).not.toMatch(LEAK);
  }

  const paramsOf = (o: Operation, where: string): Schema[] => (o.op.parameters ?? []).filter((p: Schema) => p.in === where);
  const jsonSchemaOf = (o: Operation): Schema | undefined => o.op.requestBody?.content?.['application/json']?.schema;
  const multipartSchemaOf = (o: Operation): Schema | undefined => o.op.requestBody?.content?.['multipart/form-data']?.schema;

  /** The URL with every path parameter valid (the caller's own object) except the ones given. */
  function url(o: Operation, path: Record<string, string> = {}, query: Record<string, unknown> = {}): string {
    const segment = o.path.split('/')[2] ?? '';
    let u = o.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(path[name] ?? String(own[segment] ?? 1))).replace(/(.)\/$/, '$1');
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) for (const x of [v].flat()) qs.append(k, String(x));
    if (qs.size > 0) u += `?${qs}`;
    return u;
  }
  const requiredQuery = (o: Operation) => Object.fromEntries(paramsOf(o, 'query').filter((p) => p.required).map((p) => [p.name, String(sample(p.schema))]));
  /** The body sent while the path or the query is what is broken. */
  function validBody(o: Operation): InjectOptions {
    const s = jsonSchemaOf(o);
    return s ? { headers: { 'content-type': 'application/json' }, payload: JSON.stringify(sample(s)) } : {};
  }

  /** A wrong path parameter or header. A free-text one (a feed token, the local backup token) is a secret: any generated value is wrong. */
  const badText = (schema: Schema) => (schema?.type === 'string' && !schema.enum && !schema.pattern ? fc.oneof(fc.constantFrom(...ODD), textRandom) : badValue(schema, true));

  /** Generated cases: one path parameter, query parameter, header or body field broken at a time. */
  function generated(o: Operation): fc.Arbitrary<Case> | null {
    const arbs: fc.Arbitrary<Case>[] = [];
    for (const p of paramsOf(o, 'path')) {
      const bad = badText(p.schema);
      // Longer values never reach the route (the router's own refusal is tested once for all routes, below).
      if (bad) arbs.push(bad.filter((v) => encodeURIComponent([v].flat().join(',')).length <= ROUTER_MAX_PARAM).map((v) => asCase(`${p.name} = ${short(v)}`, { url: url(o, { [p.name]: [v].flat().join(',') }, requiredQuery(o)), ...validBody(o) })));
    }
    for (const p of paramsOf(o, 'query')) {
      const bad = badValue(p.schema, true);
      if (bad) arbs.push(bad.map((v) => asCase(`?${p.name}=${short(v)}`, { url: url(o, {}, { ...requiredQuery(o), [p.name]: v }), ...validBody(o) })));
    }
    for (const p of paramsOf(o, 'header')) {
      const bad = badText(p.schema);
      if (bad) arbs.push(bad.map((v) => asCase(`${p.name}: ${short(v)}`, { url: url(o, {}, requiredQuery(o)), headers: { [p.name]: headerSafe(v) }, ...validBody(o) })));
    }
    const s = jsonSchemaOf(o);
    if (s) {
      arbs.push(badBodies(s).map((b) => asCase(`thân ${short(b)}`, {
        url: url(o, {}, requiredQuery(o)), headers: { 'content-type': 'application/json' }, payload: JSON.stringify(b) ?? 'null',
      })));
    }
    return arbs.length > 0 ? fc.oneof(...arbs) : null;
  }

  /** Fixed cases on the body: broken JSON, wrong content types, over the size limit; uploads with odd names and false contents. */
  function fixed(o: Operation): Case[] {
    const cases: Case[] = [];
    const u = url(o, {}, requiredQuery(o));
    const raw = (what: string, type: string, payload: string | Buffer) => cases.push(asCase(what, { url: u, headers: { 'content-type': type }, payload }));
    if (!o.op.requestBody) return cases;
    const limit = route(o).bodyLimit ?? t.app.initialConfig.bodyLimit!;
    raw('JSON hỏng', 'application/json', '{"a": ');
    raw('JSON rỗng', 'application/json', '');
    const plain = JSON.stringify(sample(jsonSchemaOf(o) ?? {}));
    raw('JSON có __proto__', 'application/json', `{"__proto__":{"role":"admin"}${plain.length > 2 ? `,${plain.slice(1)}` : '}'}`);
    raw('XML', 'application/xml', '<a>1</a>');
    raw('JSON gửi dạng văn bản', 'text/plain', plain);
    raw(`JSON trên giới hạn ${limit} byte`, 'application/json', JSON.stringify({ x: 'a'.repeat(limit) }));
    const form = multipartSchemaOf(o);
    if (!form) {
      raw('multipart thay cho JSON', 'multipart/form-data; boundary=fz', '--fz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--fz--\r\n');
      return cases;
    }
    raw('multipart thiếu boundary', 'multipart/form-data', 'abc');
    const fileField = Object.entries<Schema>(form.properties ?? {}).find(([, p]) => p.format === 'binary')?.[0] ?? 'file';
    const values = Object.fromEntries(Object.entries(sample(form) as object).filter(([k]) => k !== fileField));
    // The fields go one per part, and also together as JSON in a part "data" (how POST /api/documents reads them).
    const fields = { ...values, data: values };
    for (const name of FILE_NAMES) {
      for (const data of FILE_DATA) cases.push(asCase(`tệp "${name}" (${data.length} byte)`, { url: u, ...multipart(fields, { field: fileField, name, type: 'application/pdf', data }) }));
    }
    cases.push(asCase('tệp trên 20 MB', { url: u, ...multipart(fields, { field: fileField, name: 'lon.pdf', type: 'application/pdf', data: Buffer.alloc(20 * 1024 * 1024 + 1, 0x25) }) }));
    return cases;
  }

  it('mọi thao tác ghi không có tham số hay thân đều được ghi rõ trong danh sách bỏ qua', () => {
    const without = OPERATIONS.filter((o) => !takesInput(o) && o.method !== 'GET').map((o) => o.key);
    expect(without.sort(), 'thao tác ghi mà không khai báo đầu vào: khai báo schema, hoặc thêm vào NO_INPUT nếu quả thật không nhận gì').toEqual([...NO_INPUT].sort());
    expect(OPERATIONS.filter(takesInput).length).toBeGreaterThan(40);
  });

  it('tham số đường dẫn quá dài hoặc mã hóa % hỏng, ở mọi địa chỉ có tham số: bộ định tuyến trả 4xx đúng dạng', async () => {
    const failures: string[] = [];
    const before = await snapshot(t.database.db);
    for (const o of OPERATIONS.filter((x) => paramsOf(x, 'path').length > 0)) {
      const name = paramsOf(o, 'path')[0]!.name;
      const cases = [
        asCase(`${name} dài ${ROUTER_MAX_PARAM + 1} ký tự`, { url: url(o, { [name]: '9'.repeat(ROUTER_MAX_PARAM + 1) }), ...validBody(o) }),
        asCase(`${name} dài 100 000 ký tự`, { url: url(o, { [name]: HUGE }), ...validBody(o) }),
        // Percent-encoding that decodes to no character.
        asCase(`${name} mã hóa % hỏng`, { url: url(o, { [name]: '\u0000' }).replace('%00', '%E0%A4%A'), ...validBody(o) }),
      ];
      for (const c of cases) {
        const res = await send(o, c.req);
        try { expectRefused(res, c.what); } catch { failures.push(`${o.key} — ${c.what} → ${res.statusCode} ${res.body.slice(0, 120)}`); }
      }
    }
    expect(failures.length, `${failures.length} lần sai, ví dụ:\n${failures.slice(0, 6).join('\n')}`).toBe(0);
    expect(await snapshot(t.database.db)).toEqual(before);
  });

  it.each(OPERATIONS.filter(takesInput).map((o) => o.key))('%s', async (key) => {
    const o = OPERATIONS.find((x) => x.key === key)!;
    const before = await snapshot(t.database.db);
    // Every failure is collected, generated and fixed alike, so one report shows all that is wrong with the route.
    const failures: string[] = [];
    const arb = generated(o);
    if (arb) {
      try {
        await fc.assert(fc.asyncProperty(arb, async (c) => { expectRefused(await send(o, c.req), c.what); }), { seed: SEED, numRuns: RUNS, endOnFailure: true });
      } catch (e) { failures.push((e as Error).message.slice(0, 800)); }
    }
    const cases = fixed(o);
    expect(arb !== null || cases.length > 0, `${key}: không sinh được trường hợp nào`).toBe(true);
    for (const c of cases) {
      const res = await send(o, c.req);
      try { expectRefused(res, c.what); } catch (e) { failures.push((e as Error).message.slice(0, 400)); }
    }
    expect.soft(await snapshot(t.database.db), `${key}: dữ liệu sai đã ghi vào cơ sở dữ liệu`).toEqual(before);
    expect(failures.join('\n\n')).toBe('');
  });
});

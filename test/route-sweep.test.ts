import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../src/db/schema';
import { apiRouteKeys, buildTestApp, type TestApp } from './app';
import { DIALECTS } from './db';
import { countRows, unitIdOf, userIdOf } from './factory';

/**
 * Authorisation sweep over the route table: every /api route × every role and anonymous.
 * The table below is the expectation; a route registered without a line here fails the first test,
 * so a new endpoint cannot ship without someone deciding who may call it.
 */

type Caller = 'anonymous' | Role;
const ROLES: readonly Role[] = ['admin', 'staff', 'leader', 'unit'];
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];
/** The demo account playing each role: a unit account, staff in a board of the Đảng ủy Khối, its leader. */
const ACCOUNT: Record<Role, string> = { admin: 'admin', staff: 'canbo', leader: 'lanhdao', unit: 'cucthongke' };

interface Ids {
  /** The caller's own unit and own user: always inside the caller's scope. */
  ownUnit: Record<Role, number>;
  ownUser: Record<Role, number>;
  /** A unit outside the caller's scope (none for admin): a sibling for the unit account, Tỉnh ủy's board for staff and leaders. */
  foreignUnit: Record<Role, number | null>;
  /** A user of that foreign unit. */
  foreignUser: Record<Role, number | null>;
}

interface RouteCase {
  /** `public`: no session needed; `signedIn`: any role; otherwise the roles allowed. */
  access: 'public' | 'signedIn' | readonly Role[];
  /** A request that is harmless for the roles allowed (writes get an invalid body, so nothing changes). */
  probe: (ids: Ids, role: Role) => InjectOptions;
  /** What an allowed caller gets from the probe. */
  allowed: number;
  /** The probe ends the session it is sent with: give it a session of its own. */
  endsSession?: true;
  /** Routes with an :id: the probe aimed at an id outside the caller's scope (null: nothing outside, i.e. admin). */
  foreign?: (ids: Ids, role: Role) => InjectOptions | null;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url });
const send = (method: 'POST' | 'PATCH', url: string, payload?: object): InjectOptions => ({ method, url, ...(payload && { payload }) });
const unitUrl = (id: number | null, suffix = '') => (id === null ? null : `/api/units/${id}${suffix}`);
const userUrl = (id: number | null, suffix = '') => (id === null ? null : `/api/users/${id}${suffix}`);

/** A CSV with no header row: the import reads it and refuses it (400) before writing anything. */
function badCsvUpload(url: string): InjectOptions {
  const boundary = 'quet-quyen';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="don-vi.csv"\r\nContent-Type: text/csv\r\n\r\nkhong,co,tieu,de\r\n--${boundary}--\r\n`;
  return { method: 'POST', url, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body };
}

const DOCS = { access: 'public', allowed: 200 } as const;

/** Keyed by "METHOD /url" as Fastify registered it (HEAD twins and trailing slashes folded, see apiRouteKeys). */
const ROUTES: Record<string, RouteCase> = {
  'GET /api/health': { access: 'public', probe: () => get('/api/health'), allowed: 200 },
  'GET /api/openapi.json': { access: 'public', probe: () => get('/api/openapi.json'), allowed: 200 },
  'GET /api/docs': { ...DOCS, probe: () => get('/api/docs') },
  'GET /api/docs/json': { ...DOCS, probe: () => get('/api/docs/json') },
  'GET /api/docs/yaml': { ...DOCS, probe: () => get('/api/docs/yaml') },
  'GET /api/docs/static/index.html': { ...DOCS, allowed: 302, probe: () => get('/api/docs/static/index.html') },
  'GET /api/docs/static/swagger-initializer.js': { ...DOCS, probe: () => get('/api/docs/static/swagger-initializer.js') },
  'GET /api/docs/static/*': { ...DOCS, probe: () => get('/api/docs/static/swagger-ui.css') },

  'POST /api/auth/login': { access: 'public', probe: () => send('POST', '/api/auth/login', {}), allowed: 400 },
  'POST /api/auth/logout': { access: 'signedIn', probe: () => send('POST', '/api/auth/logout'), allowed: 200, endsSession: true },
  'GET /api/auth/me': { access: 'signedIn', probe: () => get('/api/auth/me'), allowed: 200 },
  'POST /api/auth/change-password': { access: 'signedIn', probe: () => send('POST', '/api/auth/change-password', {}), allowed: 400 },

  'GET /api/units': { access: 'signedIn', probe: () => get('/api/units'), allowed: 200 },
  'GET /api/units/:id': {
    access: 'signedIn',
    probe: (ids, role) => get(unitUrl(ids.ownUnit[role])!),
    allowed: 200,
    foreign: (ids, role) => (ids.foreignUnit[role] === null ? null : get(unitUrl(ids.foreignUnit[role])!)),
  },
  'POST /api/units': { access: ['admin'], probe: () => send('POST', '/api/units', {}), allowed: 400 },
  'PATCH /api/units/:id': {
    access: ['admin'],
    probe: (ids, role) => send('PATCH', unitUrl(ids.ownUnit[role])!, {}),
    allowed: 400,
    foreign: (ids, role) => (ids.foreignUnit[role] === null ? null : send('PATCH', unitUrl(ids.foreignUnit[role])!, { name: 'Đổi tên trái phép' })),
  },
  'POST /api/units/import/preview': { access: ['admin'], probe: () => badCsvUpload('/api/units/import/preview'), allowed: 400 },
  'POST /api/units/import': { access: ['admin'], probe: () => badCsvUpload('/api/units/import'), allowed: 400 },
  'GET /api/units/export.xlsx': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/units/export.xlsx'), allowed: 200 },

  'GET /api/users': { access: ['admin'], probe: () => get('/api/users'), allowed: 200 },
  'GET /api/users/:id': {
    access: ['admin'],
    probe: (ids, role) => get(userUrl(ids.ownUser[role])!),
    allowed: 200,
    foreign: (ids, role) => (ids.foreignUser[role] === null ? null : get(userUrl(ids.foreignUser[role])!)),
  },
  'POST /api/users': { access: ['admin'], probe: () => send('POST', '/api/users', {}), allowed: 400 },
  'PATCH /api/users/:id': {
    access: ['admin'],
    probe: (ids, role) => send('PATCH', userUrl(ids.ownUser[role])!, {}),
    allowed: 400,
    foreign: (ids, role) => (ids.foreignUser[role] === null ? null : send('PATCH', userUrl(ids.foreignUser[role])!, { fullName: 'Đổi tên trái phép' })),
  },
  'POST /api/users/:id/reset-password': {
    access: ['admin'],
    probe: (ids, role) => send('POST', userUrl(ids.ownUser[role], '/reset-password')!, {}),
    allowed: 400,
    foreign: (ids, role) =>
      ids.foreignUser[role] === null ? null : send('POST', userUrl(ids.foreignUser[role], '/reset-password')!, { password: 'Chiem-quyen-2024-xyz' }),
  },

  'GET /api/audit': { access: ['admin'], probe: () => get('/api/audit'), allowed: 200 },
};

const mayCall = (c: RouteCase, who: Caller) =>
  c.access === 'public' || (who !== 'anonymous' && (c.access === 'signedIn' || c.access.includes(who)));

/** The status a caller must get from the probe: allowed, 401 without a session, 403 for a role not listed. */
function expectedStatus(c: RouteCase, who: Caller): number {
  if (mayCall(c, who)) return c.allowed;
  return who === 'anonymous' ? 401 : 403;
}

describe.each(DIALECTS)('quét quyền trên mọi địa chỉ API (%s)', (kind) => {
  let t: TestApp;
  let ids: Ids;
  const sessions = new Map<Role, string>();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const db = t.database.db;
    const byRole = async <T>(f: (role: Role) => Promise<T>) => Object.fromEntries(await Promise.all(ROLES.map(async (r) => [r, await f(r)]))) as Record<Role, T>;
    const foreignUnitCode: Record<Role, string | null> = { admin: null, staff: 'bdvtu', leader: 'bdvtu', unit: 'cdyenbai' };
    ids = {
      ownUnit: await byRole(async (r) => (await db.selectFrom('app_user').select('unit_id').where('username', '=', ACCOUNT[r]).executeTakeFirstOrThrow()).unit_id),
      ownUser: await byRole((r) => userIdOf(db, ACCOUNT[r])),
      foreignUnit: await byRole(async (r) => (foreignUnitCode[r] ? unitIdOf(db, foreignUnitCode[r]) : null)),
      foreignUser: { admin: null, staff: null, leader: null, unit: await userIdOf(db, 'cdyenbai') },
    };
    // Tỉnh ủy's board has no account in the demo: give it one, so staff and leaders have a foreign user to ask for.
    const { id } = await db
      .insertInto('app_user')
      .values({ username: 'bdvtu.vanthu', full_name: 'Văn thư Ban Dân vận Tỉnh ủy', role: 'unit', unit_id: ids.foreignUnit.staff!, password_hash: 'x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.foreignUser.staff = id;
    ids.foreignUser.leader = id;
    for (const r of ROLES) sessions.set(r, await t.login(ACCOUNT[r]));
  });
  afterAll(async () => { await t?.close(); });

  async function request(who: Caller, opts: InjectOptions, fresh = false) {
    const cookie = who === 'anonymous' ? undefined : fresh ? await t.login(ACCOUNT[who]) : sessions.get(who)!;
    return t.app.inject({ ...opts, headers: { ...opts.headers, ...(cookie && { cookie }) } });
  }

  it('bảng kỳ vọng liệt kê đúng mọi địa chỉ /api đã đăng ký: thêm địa chỉ mới thì phải thêm dòng vào bảng', () => {
    expect(apiRouteKeys(t.routes)).toEqual(Object.keys(ROUTES).sort());
  });

  it('cấu hình của từng địa chỉ (public, roles) khớp với bảng', () => {
    for (const r of t.routes) {
      const key = apiRouteKeys([r]).find((k) => !k.startsWith('HEAD '));
      const c = key ? ROUTES[key] : undefined;
      if (!c) continue;
      const declared = r.url.startsWith('/api/docs') || r.config?.public ? 'public' : r.config?.roles ? [...r.config.roles].sort().join(',') : 'signedIn';
      const expected = typeof c.access === 'string' ? c.access : [...c.access].sort().join(',');
      expect(declared, key).toBe(expected);
    }
  });

  it.each(Object.keys(ROUTES))('%s: khách 401 (trừ địa chỉ công khai), vai trò không được phép 403, vai trò được phép thì không', async (key) => {
    const c = ROUTES[key]!;
    const before = await countRows(t.database.db);
    for (const who of CALLERS) {
      const role = who === 'anonymous' ? 'admin' : who;
      const res = await request(who, c.probe(ids, role), c.endsSession);
      expect(res.statusCode, `${who} → ${key}: ${res.body.slice(0, 200)}`).toBe(expectedStatus(c, who));
      if (res.statusCode >= 400) {
        expect(res.json(), `${who} → ${key}`).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      }
    }
    const after = await countRows(t.database.db);
    // Logins and logouts write sessions and their audit events; nothing else may change.
    expect({ ...after, user_session: 0, audit_event: 0 }).toEqual({ ...before, user_session: 0, audit_event: 0 });
  });

  const withId = Object.entries(ROUTES).filter(([key]) => key.includes(':id'));
  it.each(withId.map(([key]) => key))('%s: hỏi mã của đơn vị hay người dùng ngoài phạm vi nhận 404 (hoặc 403), không bao giờ 200', async (key) => {
    const c = ROUTES[key]!;
    expect(c.foreign, `${key} cần khai báo foreign`).toBeDefined();
    const before = await countRows(t.database.db);
    for (const role of ROLES) {
      const opts = c.foreign!(ids, role);
      if (!opts) continue;
      const res = await request(role, opts);
      const expected = mayCall(c, role) ? 404 : 403;
      expect(res.statusCode, `${role} (${ACCOUNT[role]}) → ${opts.method} ${opts.url}`).toBe(expected);
    }
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it('mọi địa chỉ có :id đều được kiểm tra với mã ngoài phạm vi của tài khoản đơn vị', () => {
    const idRoutes = apiRouteKeys(t.routes).filter((k) => k.includes(':'));
    for (const key of idRoutes) expect(ROUTES[key]?.foreign?.(ids, 'unit'), key).toBeTruthy();
  });
});

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
  /** A requirement targeting the unit account's unit, and its draft submission (visible to every demo role). */
  ownRequirement: number;
  ownSubmission: number;
  /** A requirement and a submission none of staff, leader and the unit account may see (Ban Dân vận Tỉnh ủy's); unit: a sibling's submission. */
  foreignRequirement: number;
  foreignSubmission: Record<Role, number | null>;
  /** A reminder of the own requirement to the unit account's unit; one of Ban Dân vận Tỉnh ủy's requirement, and the notification it gave that board's account. */
  ownReminder: number;
  foreignReminder: number;
  foreignNotification: number;
  // ids: documents registry
  /** A document with its original file in the Đảng ủy Khối's register, and one in Ban Dân vận Tỉnh ủy's (outside everyone's scope but the admin's). */
  ownDocument?: number;
  foreignDocument?: number;
  // ids: attachments
  /** A file on the own submission; one on a submission outside each role's scope (the same foreign submissions as above). */
  ownAttachment?: number;
  foreignAttachment?: Record<Role, number | null>;
  // ids: scorecard
  // ids: reports
  // ids: models & emulation
  /** A Dân vận khéo model of the unit account's unit (visible to every role); one outside each role's scope (a sibling's for the unit, Ban Dân vận Tỉnh ủy's for staff and leaders). */
  ownModel?: number;
  foreignModel?: Record<Role, number | null>;
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
const reqUrl = (id: number, suffix = '') => `/api/requirements/${id}${suffix}`;
/** Outside the scope of everyone but the admin, who sees everything. */
const foreignReq = (suffix: string, method: 'GET' | 'POST' | 'PATCH' | 'PUT' = 'GET', payload?: object) => (ids: Ids, role: Role): InjectOptions | null =>
  role === 'admin' ? null : { method, url: reqUrl(ids.foreignRequirement, suffix), ...(payload && { payload }) };
const subUrl = (id: number, suffix = '') => `/api/submissions/${id}${suffix}`;
const foreignSub = (suffix: string, method: 'GET' | 'POST' = 'GET', payload?: object) => (ids: Ids, role: Role): InjectOptions | null =>
  ids.foreignSubmission[role] === null ? null : { method, url: subUrl(ids.foreignSubmission[role]!, suffix), ...(payload && { payload }) };

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
  // Only `danvan backup` on the server's machine holds the token; without it everyone, signed in or not, is refused.
  'POST /api/system/backup': { access: 'public', probe: () => send('POST', '/api/system/backup'), allowed: 403 },
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
  'GET /api/audit/export.csv': { access: ['admin'], probe: () => get('/api/audit/export.csv'), allowed: 200 },

  // Reading a letter writes nothing, so the probe is a real (tiny) letter.
  'POST /api/documents/analyze': {
    access: ['admin', 'staff', 'leader'], probe: () => send('POST', '/api/documents/analyze', { text: 'Kính gửi: các chi, đảng bộ cơ sở' }), allowed: 200,
  },

  'GET /api/requirements': { access: 'signedIn', probe: () => get('/api/requirements'), allowed: 200 },
  'POST /api/requirements': { access: ['admin', 'staff'], probe: () => send('POST', '/api/requirements', {}), allowed: 400 },
  'GET /api/requirements/:id': { access: 'signedIn', probe: (ids) => get(reqUrl(ids.ownRequirement)), allowed: 200, foreign: foreignReq('') },
  'PATCH /api/requirements/:id': {
    access: ['admin', 'staff'], probe: (ids) => send('PATCH', reqUrl(ids.ownRequirement), {}), allowed: 400, foreign: foreignReq('', 'PATCH', { title: 'Sửa trái phép' }),
  },
  // Closing writes: the probe aims at a requirement that does not exist.
  'POST /api/requirements/:id/close': { access: ['admin', 'staff'], probe: () => send('POST', reqUrl(2_000_000_000, '/close')), allowed: 404, foreign: foreignReq('/close', 'POST') },
  'GET /api/requirements/:id/progress': {
    access: ['admin', 'staff', 'leader'], probe: (ids) => get(reqUrl(ids.ownRequirement, '/progress')), allowed: 200, foreign: foreignReq('/progress'),
  },
  'GET /api/requirements/:id/units': {
    access: ['admin', 'staff', 'leader'], probe: (ids) => get(reqUrl(ids.ownRequirement, '/units')), allowed: 200, foreign: foreignReq('/units'),
  },
  'GET /api/requirements/:id/submission': { access: ['unit'], probe: (ids) => get(reqUrl(ids.ownRequirement, '/submission')), allowed: 200, foreign: foreignReq('/submission') },
  'PUT /api/requirements/:id/submission': {
    access: ['unit'], probe: (ids) => ({ method: 'PUT', url: reqUrl(ids.ownRequirement, '/submission'), payload: {} }), allowed: 400,
    foreign: foreignReq('/submission', 'PUT', { content: {}, version: 0 }),
  },

  'GET /api/submissions/inbox': { access: ['unit'], probe: () => get('/api/submissions/inbox'), allowed: 200 },
  'GET /api/submissions/:id': { access: 'signedIn', probe: (ids) => get(subUrl(ids.ownSubmission)), allowed: 200, foreign: foreignSub('') },
  'POST /api/submissions/:id/submit': {
    access: ['unit'], probe: (ids) => send('POST', subUrl(ids.ownSubmission, '/submit'), {}), allowed: 400, foreign: foreignSub('/submit', 'POST', { version: 1 }),
  },
  'POST /api/submissions/:id/return': {
    access: ['admin', 'staff'], probe: (ids) => send('POST', subUrl(ids.ownSubmission, '/return'), {}), allowed: 400, foreign: foreignSub('/return', 'POST', { comment: 'Trả trái phép' }),
  },
  // A draft cannot be accepted: 409, nothing written.
  'POST /api/submissions/:id/accept': { access: ['admin', 'staff'], probe: (ids) => send('POST', subUrl(ids.ownSubmission, '/accept')), allowed: 409, foreign: foreignSub('/accept', 'POST') },
  'GET /api/submissions/:id/comments': { access: 'signedIn', probe: (ids) => get(subUrl(ids.ownSubmission, '/comments')), allowed: 200, foreign: foreignSub('/comments') },
  'POST /api/submissions/:id/comments': {
    access: ['admin', 'staff', 'unit'], probe: (ids) => send('POST', subUrl(ids.ownSubmission, '/comments'), {}), allowed: 400,
    foreign: foreignSub('/comments', 'POST', { body: 'Ý kiến trái phép' }),
  },
  'GET /api/submissions/:id/versions': { access: 'signedIn', probe: (ids) => get(subUrl(ids.ownSubmission, '/versions')), allowed: 200, foreign: foreignSub('/versions') },

  'POST /api/reminders': { access: ['admin', 'staff'], probe: () => send('POST', '/api/reminders', {}), allowed: 400 },
  'GET /api/reminders': { access: 'signedIn', probe: () => get('/api/reminders'), allowed: 200 },
  'GET /api/reminders/:id/letter.docx': {
    access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/reminders/${ids.ownReminder}/letter.docx`), allowed: 200,
    foreign: (ids, role) => (role === 'admin' ? null : get(`/api/reminders/${ids.foreignReminder}/letter.docx`)),
  },
  'GET /api/notifications': { access: 'signedIn', probe: () => get('/api/notifications'), allowed: 200 },
  // Marking read writes: the probe aims at a notification that does not exist. Someone else's is 404 even for the admin.
  'POST /api/notifications/:id/read': {
    access: 'signedIn', probe: () => send('POST', '/api/notifications/2000000000/read'), allowed: 404,
    foreign: (ids) => send('POST', `/api/notifications/${ids.foreignNotification}/read`),
  },

  // routes: documents registry
  'GET /api/documents': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/documents'), allowed: 200 },
  'POST /api/documents': { access: ['admin', 'staff'], probe: () => send('POST', '/api/documents', {}), allowed: 400 },
  'GET /api/documents/:id': { access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/documents/${ids.ownDocument}`), allowed: 200, foreign: (ids, role) => (role === 'admin' ? null : get(`/api/documents/${ids.foreignDocument}`)) },
  'PATCH /api/documents/:id': {
    access: ['admin', 'staff'], probe: (ids) => send('PATCH', `/api/documents/${ids.ownDocument}`, {}), allowed: 400, foreign: (ids, role) => (role === 'admin' ? null : send('PATCH', `/api/documents/${ids.foreignDocument}`, { subject: 'Sửa trái phép' })),
  },
  'GET /api/documents/:id/file': { access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/documents/${ids.ownDocument}/file`), allowed: 200, foreign: (ids, role) => (role === 'admin' ? null : get(`/api/documents/${ids.foreignDocument}/file`)) },
  'GET /api/documents/:id/requirement-drafts': {
    access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/documents/${ids.ownDocument}/requirement-drafts`), allowed: 200, foreign: (ids, role) => (role === 'admin' ? null : get(`/api/documents/${ids.foreignDocument}/requirement-drafts`)),
  },
  // routes: attachments
  // An upload whose content is no allowed kind: refused (415) before anything is stored.
  'POST /api/submissions/:id/attachments': {
    access: ['unit'], probe: (ids) => badCsvUpload(subUrl(ids.ownSubmission, '/attachments')), allowed: 415,
    foreign: (ids, role) => (ids.foreignSubmission[role] === null ? null : badCsvUpload(subUrl(ids.foreignSubmission[role]!, '/attachments'))),
  },
  'GET /api/submissions/:id/attachments': { access: 'signedIn', probe: (ids) => get(subUrl(ids.ownSubmission, '/attachments')), allowed: 200, foreign: foreignSub('/attachments') },
  'GET /api/attachments/:id': {
    access: 'signedIn', probe: (ids) => get(`/api/attachments/${ids.ownAttachment}`), allowed: 200,
    foreign: (ids, role) => (ids.foreignAttachment![role] === null ? null : get(`/api/attachments/${ids.foreignAttachment![role]}`)),
  },
  // Removing writes: the probe aims at an attachment that does not exist.
  'DELETE /api/attachments/:id': {
    access: ['unit'], probe: () => ({ method: 'DELETE', url: '/api/attachments/2000000000' }), allowed: 404,
    foreign: (ids, role) => (ids.foreignAttachment![role] === null ? null : { method: 'DELETE', url: `/api/attachments/${ids.foreignAttachment![role]}` }),
  },
  // routes: scorecard
  'GET /api/units/:id/scorecard': {
    access: 'signedIn', probe: (ids, role) => get(unitUrl(ids.ownUnit[role], '/scorecard')!), allowed: 200,
    foreign: (ids, role) => { const url = unitUrl(ids.foreignUnit[role], '/scorecard'); return url === null ? null : get(url); },
  },
  // routes: reports
  // routes: dashboard
  'GET /api/dashboard': {
    access: ['admin', 'staff', 'leader'], probe: () => get('/api/dashboard?asOf=2024-05-15'), allowed: 200,
    foreign: (ids, role) => (ids.foreignUnit[role] === null ? null : get(`/api/dashboard?unitId=${ids.foreignUnit[role]}`)),
  },
  // routes: models & emulation
  'GET /api/models': { access: 'signedIn', probe: () => get('/api/models'), allowed: 200 },
  'GET /api/models/:id': {
    access: 'signedIn', probe: (ids) => get(`/api/models/${ids.ownModel}`), allowed: 200,
    foreign: (ids, role) => (ids.foreignModel![role] === null ? null : get(`/api/models/${ids.foreignModel![role]}`)),
  },
  // Evaluating writes: the probe's body is empty (400); the foreign probe is valid and must still find nothing.
  'PUT /api/models/:id/years/:year/evaluation': {
    access: ['admin', 'staff'], probe: (ids) => ({ method: 'PUT', url: `/api/models/${ids.ownModel}/years/2024/evaluation`, payload: {} }), allowed: 400,
    foreign: (ids, role) => (ids.foreignModel![role] === null ? null : { method: 'PUT', url: `/api/models/${ids.foreignModel![role]}/years/2024/evaluation`, payload: { achieved: true } }),
  },
  'GET /api/models/import/template.xlsx': { access: ['admin', 'staff'], probe: () => get('/api/models/import/template.xlsx'), allowed: 200 },
  'POST /api/models/import/preview': { access: ['admin', 'staff'], probe: () => badCsvUpload('/api/models/import/preview'), allowed: 400 },
  'POST /api/models/import': { access: ['admin', 'staff'], probe: () => badCsvUpload('/api/models/import'), allowed: 400 },
  'GET /api/emulation/criteria': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/emulation/criteria?year=2024'), allowed: 200 },
  'PUT /api/emulation/criteria': { access: ['admin', 'staff'], probe: () => ({ method: 'PUT', url: '/api/emulation/criteria', payload: {} }), allowed: 400 },
  'GET /api/emulation/ranking': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/emulation/ranking?year=2099'), allowed: 200 },
  'GET /api/emulation/ranking.xlsx': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/emulation/ranking.xlsx?year=2099'), allowed: 200 },
  // routes: calendar
  // Creating writes: the probe aims at a unit that does not exist (404); a unit account may only make its own unit's address.
  'POST /api/units/:id/calendar-token': {
    access: ['admin', 'staff', 'unit'], probe: () => send('POST', '/api/units/2000000000/calendar-token'), allowed: 404,
    foreign: (ids, role) => { const url = unitUrl(ids.foreignUnit[role], '/calendar-token'); return url === null ? null : send('POST', url); },
  },
  // Public, the token is the key: a token that was never issued is 404 for everyone.
  'GET /api/calendar/:token.ics': { access: 'public', probe: () => get(`/api/calendar/${'A'.repeat(43)}.ics`), allowed: 404, foreign: () => get(`/api/calendar/${'B'.repeat(43)}.ics`) },
  'GET /api/reports/sources': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/sources'), allowed: 200 },
  'GET /api/reports/summary': { access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/reports/summary?requirementId=${ids.ownRequirement}`), allowed: 200 },
  'GET /api/reports/summary.docx': { access: ['admin', 'staff', 'leader'], probe: (ids) => get(`/api/reports/summary.docx?requirementId=${ids.ownRequirement}`), allowed: 200 },
  // A PDF starts LibreOffice: the probe stops at validation (no document chosen).
  'GET /api/reports/summary.pdf': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/summary.pdf'), allowed: 400 },
  'GET /api/reports/template': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/template'), allowed: 200 },
  'PUT /api/reports/template': { access: ['admin', 'staff'], probe: () => ({ method: 'PUT', url: '/api/reports/template', payload: {} }), allowed: 400 },
  'GET /api/reports/models.xlsx': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/models.xlsx'), allowed: 200 },
  'GET /api/reports/progress-matrix.xlsx': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/progress-matrix.xlsx?year=2099'), allowed: 200 },
  'GET /api/reports/steering.xlsx': { access: ['admin', 'staff', 'leader'], probe: () => get('/api/reports/steering.xlsx'), allowed: 200 },
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
      ownRequirement: 0, ownSubmission: 0, foreignRequirement: 0, foreignSubmission: { admin: null, staff: null, leader: null, unit: null },
      ownReminder: 0, foreignReminder: 0, foreignNotification: 0,
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
    await seedDirecting(db);
  });
  afterAll(async () => { await t?.close(); });

  /** A requirement for every grassroots unit with two drafts (own and sibling), and one of Ban Dân vận Tỉnh ủy with a submission. */
  async function seedDirecting(db: typeof t.database.db) {
    const as = (role: Role | string, method: 'POST' | 'PUT', url: string, payload: object, cookie = sessions.get(role as Role)) =>
      t.app.inject({ method, url, headers: { cookie: cookie! }, payload }).then((r) => r.json<{ id: number }>().id);
    ids.ownRequirement = await as('staff', 'POST', '/api/requirements', { kind: 'report', title: 'Báo cáo quét quyền', deadline: '2099-12-31', targets: [{ rule: 'all_grassroots' }] });
    ids.ownSubmission = await as('unit', 'PUT', reqUrl(ids.ownRequirement, '/submission'), { content: {}, version: 0 });
    ids.foreignSubmission.unit = await as('x', 'PUT', reqUrl(ids.ownRequirement, '/submission'), { content: {}, version: 0 }, await t.login('cdyenbai'));
    const bdvtu = ids.foreignUnit.staff!;
    ids.foreignRequirement = await as('admin', 'POST', '/api/requirements', {
      kind: 'report', title: 'Việc của Ban Dân vận Tỉnh ủy', deadline: '2099-12-31', responsibleUnitId: bdvtu, targets: [{ rule: 'unit', unitId: bdvtu }],
    });
    const { id } = await db.insertInto('submission').values({ requirement_id: ids.foreignRequirement, unit_id: bdvtu, content: '{}' }).returning('id').executeTakeFirstOrThrow();
    ids.foreignSubmission.staff = id;
    ids.foreignSubmission.leader = id;
    ids.ownReminder = await as('admin', 'POST', '/api/reminders', { requirementId: ids.ownRequirement, unitIds: [ids.ownUnit.unit] });
    ids.foreignReminder = await as('admin', 'POST', '/api/reminders', { requirementId: ids.foreignRequirement });
    ids.foreignNotification = (await db.selectFrom('notification').select('id').where('user_id', '=', ids.foreignUser.staff!).executeTakeFirstOrThrow()).id;
    // seed: documents registry
    const letter = Buffer.from('Thư quét quyền của sổ văn bản');
    // Its sha256, computed once: the file store is content-addressed.
    const blob = { sha256: '3be02cd1c3a6d6ace71afeb3df515aecc15a0e12fa53d409768c1f1e0474ce14', size: letter.byteLength, media_type: 'text/plain', data: letter };
    await db.insertInto('file_blob').values(blob).onConflict((oc) => oc.column('sha256').doNothing()).execute();
    const docOf = async (code: string, subject: string, file: string | null) => (await db.insertInto('document')
      .values({ direction: 'incoming', subject, owner_unit_id: await unitIdOf(db, code), file_sha256: file && blob.sha256, file_name: file })
      .returning('id').executeTakeFirstOrThrow()).id;
    ids.ownDocument = await docOf('duk', 'Văn bản quét quyền', 'thu.txt');
    ids.foreignDocument = await docOf('bdvtu', 'Văn bản của Ban Dân vận Tỉnh ủy', 'thu.txt');
    // seed: attachments
    await db.insertInto('file_blob').values({ sha256: 'a'.repeat(64), size: 5, media_type: 'application/pdf', data: Buffer.from('%PDF-') }).execute();
    const attach = async (submissionId: number, by: number) => (await db.insertInto('submission_attachment').values({
      submission_id: submissionId, sha256: 'a'.repeat(64), file_name: 'Quét quyền.pdf', media_type: 'application/pdf', size: 5, uploaded_by: by, added_in_version: 1,
    }).returning('id').executeTakeFirstOrThrow()).id;
    ids.ownAttachment = await attach(ids.ownSubmission, ids.ownUser.unit);
    const bdvtuFile = await attach(ids.foreignSubmission.staff!, ids.ownUser.admin);
    ids.foreignAttachment = { admin: null, staff: bdvtuFile, leader: bdvtuFile, unit: await attach(ids.foreignSubmission.unit!, ids.foreignUser.unit!) };
    // seed: scorecard
    // seed: reports
    // seed: models & emulation
    const modelOf = async (code: string) => (await db.insertInto('dvk_model').values({
      unit_id: await unitIdOf(db, code), name: `Mô hình quét quyền ${code}`, name_key: `mo hinh quet quyen ${code}`, level: 'co_so', field: 'kinh_te', first_year: 2024,
    }).returning('id').executeTakeFirstOrThrow()).id;
    ids.ownModel = await modelOf('cucthongke');
    const bdvtuModel = await modelOf('bdvtu');
    ids.foreignModel = { admin: null, staff: bdvtuModel, leader: bdvtuModel, unit: await modelOf('cdyenbai') };
  }

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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { userIdOf } from '../../../test/factory';
import { DEMO_PASSWORD } from '../../../test/templates';
import { sweepDormantAccounts } from './auth.service';

const DAY = 24 * 60 * 60_000;

describe.each(DIALECTS)('tài khoản không dùng quá 45 ngày bị vô hiệu hóa (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await buildTestApp(kind, 'demo', 1000, 45); });
  afterAll(async () => { await t?.close(); });

  const loginAs = (username: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  const activeOf = async (username: string) =>
    (await t.database.db.selectFrom('app_user').select('active').where('username', '=', username).executeTakeFirstOrThrow()).active;

  it('46 ngày sau lần đăng nhập cuối thì bị từ chối; ai vẫn dùng thường xuyên thì không', async () => {
    const start = t.clock.now;
    expect((await loginAs('cucthongke')).statusCode).toBe(200);
    expect((await loginAs('cdyenbai')).statusCode).toBe(200);
    t.clock.now = new Date(start.getTime() + 44 * DAY);
    expect((await loginAs('cucthongke')).statusCode).toBe(200); // 44 days: still fine, and its clock restarts
    t.clock.now = new Date(start.getTime() + 46 * DAY);
    expect((await loginAs('cucthongke')).statusCode).toBe(200);
    const res = await loginAs('cdyenbai');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ACCOUNT_DORMANT');
    expect(await activeOf('cdyenbai')).toBe(false);
  });

  it('đúng 45 ngày thì khóa, 44 ngày thì chưa; quản trị mở lại tài khoản thì không bị khóa lại ngay', async () => {
    const db = t.database.db;
    const now = new Date('2030-01-01T00:00:00Z');
    await db.updateTable('app_user').set({ last_login_at: new Date(now.getTime() - 44 * DAY), updated_at: new Date(now.getTime() - 44 * DAY), active: true })
      .where('username', 'in', ['cdyenbai', 'admin']).execute();
    await db.updateTable('app_user').set({ last_login_at: new Date(now.getTime() - 45 * DAY), updated_at: new Date(now.getTime() - 45 * DAY), active: true })
      .where('username', '=', 'bqlkcn').execute();
    t.clock.now = now;
    const res = await loginAs('bqlkcn');
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'ACCOUNT_DORMANT', message: expect.stringContaining('quá 45 ngày') });
    expect(await activeOf('bqlkcn')).toBe(false);
    expect((await loginAs('cdyenbai')).statusCode).toBe(200);
    const audit = await db.selectFrom('audit_event').select(['action', 'entity_id']).where('action', '=', 'account_disabled_dormant').execute();
    expect(audit).toContainEqual({ action: 'account_disabled_dormant', entity_id: String(await userIdOf(db, 'bqlkcn')) });

    // The right password again is still refused: the account stays disabled until an administrator opens it.
    expect((await loginAs('bqlkcn')).json().error.code).toBe('ACCOUNT_DISABLED');
    const admin = await t.login('admin');
    const reopen = await t.app.inject({ method: 'PATCH', url: `/api/users/${await userIdOf(db, 'bqlkcn')}`, headers: { cookie: admin }, payload: { active: true } });
    expect(reopen.statusCode, reopen.body).toBe(200);
    expect((await loginAs('bqlkcn')).statusCode).toBe(200);
  });

  it('rà định kỳ: mọi tài khoản quá hạn đều bị vô hiệu hóa và ghi nhật ký; 0 ngày là tắt quy tắc', async () => {
    const db = t.database.db;
    const later = new Date(t.clock.now.getTime() + 400 * DAY);
    expect(await sweepDormantAccounts(db, later, 0)).toBe(0);
    const activeBefore = (await db.selectFrom('app_user').select('id').where('active', '=', true).execute()).length;
    const disabled = await sweepDormantAccounts(db, later, 45);
    expect(disabled).toBe(activeBefore);
    expect(await db.selectFrom('app_user').select('id').where('active', '=', true).execute()).toEqual([]);
    const audited = await db.selectFrom('audit_event').select('id').where('action', '=', 'account_disabled_dormant').execute();
    expect(audited.length).toBeGreaterThanOrEqual(disabled);
  });
});

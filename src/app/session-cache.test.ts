import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/app';
import { DIALECTS } from '../../test/db';
import { unitIdOf, userIdOf } from '../../test/factory';
import { DEMO_PASSWORD } from '../../test/templates';
import * as authQueries from '../modules/auth/auth.queries';
import type { SessionActorRow } from '../modules/auth/auth.queries';
import { SessionCache } from './session-cache';

describe.each(DIALECTS)('bộ nhớ đệm phiên (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });
  afterEach(() => { vi.restoreAllMocks(); });

  const me = (cookie: string) => t.app.inject({ url: '/api/auth/me', headers: { cookie } });
  /** Two requests, so the session is surely in the cache before the change under test. */
  const warm = async (cookie: string) => {
    expect((await me(cookie)).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(200);
  };

  it('yêu cầu lặp lại với cùng phiên không truy vấn phiên từ CSDL', async () => {
    const cookie = await t.login('canbo');
    const lookups = vi.spyOn(authQueries, 'findSessionActor');
    for (let i = 0; i < 5; i++) expect((await me(cookie)).statusCode).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('đăng xuất: cookie cũ nhận 401 ngay ở yêu cầu kế tiếp', async () => {
    const cookie = await t.login('soxaydung');
    await warm(cookie);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('quản trị vô hiệu hóa người dùng: phiên đang mở của người đó nhận 401 ngay', async () => {
    const cookie = await t.login('cucthongke');
    await warm(cookie);
    const id = await userIdOf(t.database.db, 'cucthongke');
    expect((await t.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: { cookie: admin }, payload: { active: false } })).statusCode).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('quản trị đặt lại mật khẩu: phiên đang mở của người đó nhận 401 ngay', async () => {
    const cookie = await t.login('bqlkcn');
    await warm(cookie);
    const id = await userIdOf(t.database.db, 'bqlkcn');
    const reset = await t.app.inject({ method: 'POST', url: `/api/users/${id}/reset-password`, headers: { cookie: admin }, payload: { password: 'Dat-lai-moi-2024' } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('đổi mật khẩu: phiên khác của cùng người dùng nhận 401 ngay, phiên hiện tại vẫn dùng được', async () => {
    const other = await t.login('sogtvt');
    const current = await t.login('sogtvt');
    await warm(other);
    await warm(current);
    const change = await t.app.inject({
      method: 'POST', url: '/api/auth/change-password', headers: { cookie: current },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Mat-khau-moi-2024' },
    });
    expect(change.statusCode, change.body).toBe(200);
    expect((await me(other)).statusCode).toBe(401);
    expect((await me(current)).statusCode).toBe(200);
  });

  it('đổi loại đơn vị: phạm vi của người dùng thuộc đơn vị đó đổi ngay', async () => {
    const cookie = await t.login('canbo'); // staff of a "ban": its scope is the parent committee
    const duk = await unitIdOf(t.database.db, 'duk');
    const ban = await unitIdOf(t.database.db, 'duk.bantuyengiao');
    const seeDuk = async () => (await t.app.inject({ url: `/api/units/${duk}`, headers: { cookie } })).statusCode;
    expect(await seeDuk()).toBe(200);
    const setKind = (kind: string) => t.app.inject({ method: 'PATCH', url: `/api/units/${ban}`, headers: { cookie: admin }, payload: { kind } });
    try {
      expect((await setKind('doan_the')).statusCode).toBe(200);
      expect(await seeDuk()).toBe(404); // no longer a "ban": the scope is the unit itself
    } finally {
      await setKind('ban');
    }
    expect(await seeDuk()).toBe(200);
  });

  it('vẫn hết hạn sau 30 phút không hoạt động; mỗi lần hoạt động tính lại từ đầu', async () => {
    const cookie = await t.login('sonoivu');
    await warm(cookie);
    t.clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await me(cookie)).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('SessionCache', () => {
  const row = (userId: number, sessionId = userId) => ({ user_id: userId, session_id: sessionId }) as SessionActorRow;
  const make = (max = 3) => {
    const clock = { ms: 0 };
    return { clock, cache: new SessionCache(5_000, max, () => clock.ms) };
  };

  it('quá thời hạn thì đọc lại', () => {
    const { clock, cache } = make();
    cache.set('a', row(1), cache.snapshot());
    clock.ms = 4_999;
    expect(cache.get('a')).toEqual(row(1));
    clock.ms = 5_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('đầy thì bỏ mục lâu nhất không dùng', () => {
    const { cache } = make(3);
    for (const k of ['a', 'b', 'c']) cache.set(k, row(1), cache.snapshot());
    cache.get('a');
    cache.set('d', row(1), cache.snapshot());
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
  });

  it('bỏ theo phiên, theo người dùng, hoặc tất cả', () => {
    const { cache } = make(10);
    cache.set('a', row(1, 10), cache.snapshot());
    cache.set('b', row(1, 11), cache.snapshot());
    cache.set('c', row(2, 20), cache.snapshot());
    cache.forgetToken('c');
    expect(cache.get('c')).toBeUndefined();
    cache.set('c', row(2, 20), cache.snapshot());
    cache.forgetUser(1);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, undefined, row(2, 20)]);
    cache.clear();
    expect(cache.size).toBe(0);
  });

  it('không lưu hàng đọc trước một lần bỏ: hàng đó có thể đã cũ', () => {
    const { cache } = make();
    const gen = cache.snapshot(); // a request starts its read…
    cache.forgetUser(1); // …a logout or a disabled account commits meanwhile…
    cache.set('a', row(1), gen); // …and the read's (possibly stale) row must not be kept
    expect(cache.get('a')).toBeUndefined();
  });
});

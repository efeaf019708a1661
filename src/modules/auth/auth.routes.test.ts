import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieFrom, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { DEMO_PASSWORD } from '../../../test/templates';

describe.each(DIALECTS)('đăng nhập và phiên (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => { t = await buildTestApp(kind); });
  afterAll(async () => { await t?.close(); });

  const login = (username: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });

  it('đăng nhập đúng đặt cookie HttpOnly, SameSite=Strict và trả người dùng', async () => {
    const res = await login('canbo', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ username: 'canbo', role: 'staff', unit: { code: 'duk.bantuyengiao' } });
    const cookie = res.cookies.find((c) => c.name === 'danvan_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: cookieFrom(res) } });
    expect(me.json().username).toBe('canbo');
  });

  it('token lưu trong CSDL là bản băm, không phải token gốc', async () => {
    const res = await login('lanhdao', DEMO_PASSWORD);
    const token = res.cookies.find((c) => c.name === 'danvan_session')!.value;
    const rows = await t.database.db.selectFrom('user_session').select('token_hash').execute();
    expect(rows.some((r) => r.token_hash === token)).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
  });

  it('sai mật khẩu và sai tên đăng nhập nhận cùng một thông báo', async () => {
    const a = await login('cdyenbai', 'sai-mat-khau-123');
    const b = await login('khong-ton-tai', 'sai-mat-khau-123');
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json().error.message).toBe(b.json().error.message);
    expect(a.json().error.message).toMatch(/không đúng/);
  });

  it('sai 5 lần liên tiếp khóa tài khoản 15 phút, kể cả với mật khẩu đúng; hết 15 phút thì mở', async () => {
    for (let i = 0; i < 4; i++) expect((await login('sotuphap', `sai-${i}-abcdefgh`)).statusCode).toBe(401);
    const fifth = await login('sotuphap', 'sai-5-abcdefgh');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toMatch(/tạm khóa 15 phút/);
    expect((await login('sotuphap', DEMO_PASSWORD)).statusCode).toBe(423);
    // the same message after 5 tries of a user name that does not exist
    for (let i = 0; i < 4; i++) await login('ma-khong-co', `sai-${i}-abcdefgh`);
    const ghost = await login('ma-khong-co', 'sai-5-abcdefgh');
    expect(ghost.statusCode).toBe(423);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await login('sotuphap', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('phiên hết hạn sau 30 phút không hoạt động', async () => {
    const cookie = await t.login('sonoivu');
    t.clock.advance(29 * 60_000);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(29 * 60_000);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toMatch(/đăng nhập lại/);
  });

  it('phiên hết hạn tuyệt đối sau 12 giờ dù vẫn hoạt động', async () => {
    const cookie = await t.login('socongthuong');
    for (let h = 0; h < 12 * 4; h++) {
      t.clock.advance(15 * 60_000);
      const res = await t.app.inject({ url: '/api/auth/me', headers: { cookie } });
      if (h < 12 * 4 - 1) expect(res.statusCode, `sau ${(h + 1) * 15} phút`).toBe(200);
      else expect(res.statusCode).toBe(401);
    }
  });

  it('đăng xuất kết thúc phiên trên máy chủ: cookie cũ không dùng lại được', async () => {
    const cookie = await t.login('soxaydung');
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('đổi mật khẩu: kiểm tra chính sách, kết thúc các phiên khác, giữ phiên hiện tại', async () => {
    const other = await t.login('sogtvt');
    const current = await t.login('sogtvt');
    const change = (newPassword: string, currentPassword = DEMO_PASSWORD) =>
      t.app.inject({ method: 'POST', url: '/api/auth/change-password', headers: { cookie: current }, payload: { currentPassword, newPassword } });
    expect((await change('ngan1')).json().error.message).toMatch(/ít nhất 12 ký tự/);
    expect((await change('chiconchucaikhongso')).json().error.message).toMatch(/chữ cái và chữ số/);
    expect((await change('sogtvt-2024-matkhau')).json().error.message).toMatch(/tên đăng nhập/);
    expect((await change('Password12345')).json().error.message).toMatch(/phổ biến/);
    expect((await change('Mat-khau-moi-2024', 'sai-hien-tai-123')).json().error.code).toBe('WRONG_PASSWORD');
    expect((await change('Mat-khau-moi-2024')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: other } })).statusCode).toBe(401);
    expect((await t.app.inject({ url: '/api/auth/me', headers: { cookie: current } })).statusCode).toBe(200);
    expect((await login('sogtvt', 'Mat-khau-moi-2024')).statusCode).toBe(200);
  });

  it('yêu cầu không có phiên nhận 401 với thông báo tiếng Việt', async () => {
    const res = await t.app.inject({ url: '/api/units' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/đăng nhập/) } });
  });

  it('yêu cầu thay đổi từ trang khác (Origin lạ) bị từ chối', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { username: 'canbo', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('giới hạn tần suất đăng nhập', () => {
  it('quá 20 lần đăng nhập trong một phút từ một địa chỉ nhận 429 tiếng Việt', async () => {
    const t = await buildTestApp('pglite', 'empty', 20);
    try {
      const codes: number[] = [];
      for (let i = 0; i < 21; i++) {
        const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: `u${i}`, password: 'x' } });
        codes.push(res.statusCode);
        if (res.statusCode === 429) expect(res.json().error.message).toMatch(/thử lại/);
      }
      expect(codes.slice(0, 20).every((c) => c === 401 || c === 423)).toBe(true);
      expect(codes[20]).toBe(429);
    } finally {
      await t.close();
    }
  });
});

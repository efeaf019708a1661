import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, cookieFrom, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { countRows, unitIdOf, userIdOf } from '../../../test/factory';
import { DEMO_PASSWORD, TEST_PASSWORD } from '../../../test/templates';

describe.each(DIALECTS)('quản lý người dùng (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  /** Every response of this file: none may ever carry a password or its hash. */
  const seen: LightMyRequestResponse[] = [];

  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });

  async function call(method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string | null, payload?: unknown) {
    const res = await t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload !== undefined && { payload: payload as object }) });
    seen.push(res);
    return res;
  }
  const login = (username: string, password: string) => call('POST', '/api/auth/login', null, { username, password });
  const createUser = async (body: Record<string, unknown>) => call('POST', '/api/users', admin, body);
  const auditOf = async (userId: number) =>
    t.database.db.selectFrom('audit_event').selectAll().where('entity', '=', 'app_user').where('entity_id', '=', String(userId)).orderBy('id').execute();

  describe('POST /api/users', () => {
    it('quản trị tạo được người dùng với từng vai trò; người dùng mới đăng nhập được', async () => {
      const tuyenGiao = await unitIdOf(t.database.db, 'duk.bantuyengiao');
      const cucThongKe = await unitIdOf(t.database.db, 'cucthongke');
      const cases = [
        { username: 'qt.moi', role: 'admin', unitId: tuyenGiao },
        { username: 'canbo.moi', role: 'staff', unitId: tuyenGiao },
        { username: 'lanhdao.moi', role: 'leader', unitId: tuyenGiao },
        { username: 'vanthu.ctk', role: 'unit', unitId: cucThongKe },
      ] as const;
      for (const c of cases) {
        const res = await createUser({ ...c, fullName: `Người dùng ${c.role}`, password: TEST_PASSWORD });
        expect(res.statusCode, c.username).toBe(201);
        expect(res.json()).toMatchObject({ username: c.username, role: c.role, unitId: c.unitId, active: true, mustChangePassword: true });
        const me = await login(c.username, TEST_PASSWORD);
        expect(me.statusCode, c.username).toBe(200);
        expect(me.json()).toMatchObject({ username: c.username, role: c.role, unit: { id: c.unitId } });
      }
    });

    it.each([
      ['ngắn hơn 12 ký tự', 'Ngan-2024', /ít nhất 12 ký tự/],
      ['chỉ có chữ', 'chi-co-chu-cai-thoi', /chữ cái và chữ số/],
      ['chỉ có số', '123456789012345', /chữ cái và chữ số/],
      ['chứa tên đăng nhập', 'nguoidung.yeu-2024-x', /tên đăng nhập/],
      ['quá phổ biến', 'Password12345', /phổ biến/],
    ])('mật khẩu %s bị từ chối khi tạo, với thông báo tiếng Việt', async (_what, password, message) => {
      const before = await countRows(t.database.db);
      const res = await createUser({ username: 'nguoidung.yeu', fullName: 'Nguyễn Văn Yếu', role: 'staff', unitId: await unitIdOf(t.database.db, 'duk'), password });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'WEAK_PASSWORD', message: expect.stringMatching(message) } });
      expect(await countRows(t.database.db)).toEqual(before);
    });

    it('tên đăng nhập đã có (kể cả khác hoa thường) bị từ chối 409', async () => {
      const duk = await unitIdOf(t.database.db, 'duk');
      for (const username of ['canbo', 'CanBo']) {
        const res = await createUser({ username, fullName: 'Trùng tên', role: 'staff', unitId: duk, password: TEST_PASSWORD });
        expect(res.statusCode, username).toBe(409);
        expect(res.json().error).toEqual({ code: 'USERNAME_TAKEN', message: expect.stringMatching(/đã được dùng/) });
      }
    });

    it('ba yêu cầu tạo cùng một tên đăng nhập cùng lúc: một được tạo, hai yêu cầu kia nhận 409, không lỗi máy chủ', async () => {
      const body = { username: 'cung.luc', fullName: 'Tạo cùng lúc', role: 'staff', unitId: await unitIdOf(t.database.db, 'duk'), password: TEST_PASSWORD };
      const results = await Promise.all([1, 2, 3].map(() => createUser(body)));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
      for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json().error.code).toBe('USERNAME_TAKEN');
      expect(await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'cung.luc').execute()).toHaveLength(1);
    });

    it('đơn vị không tồn tại hoặc đã ngừng hoạt động bị từ chối 400', async () => {
      const unknown = await createUser({ username: 'khong.donvi', fullName: 'Không đơn vị', role: 'unit', unitId: 987654, password: TEST_PASSWORD });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error).toEqual({ code: 'UNKNOWN_UNIT', message: expect.stringMatching(/Không tìm thấy đơn vị/) });

      const thuVien = await unitIdOf(t.database.db, 'thuvien');
      await t.database.db.updateTable('org_unit').set({ active: false }).where('id', '=', thuVien).execute();
      try {
        const inactive = await createUser({ username: 'thuvien.moi', fullName: 'Văn thư Thư viện', role: 'unit', unitId: thuVien, password: TEST_PASSWORD });
        expect(inactive.statusCode).toBe(400);
        expect(inactive.json().error).toEqual({ code: 'UNIT_INACTIVE', message: expect.stringMatching(/ngừng hoạt động/) });
      } finally {
        await t.database.db.updateTable('org_unit').set({ active: true }).where('id', '=', thuVien).execute();
      }
      expect(await t.database.db.selectFrom('app_user').select('id').where('username', 'in', ['khong.donvi', 'thuvien.moi']).execute()).toEqual([]);
    });
  });

  describe('đổi mật khẩu lần đầu', () => {
    it('người dùng mới phải đổi mật khẩu trước khi làm việc khác', async () => {
      const created = await createUser({ username: 'lan.dau', fullName: 'Trần Thị Lần Đầu', role: 'staff', unitId: await unitIdOf(t.database.db, 'duk.bantuyengiao'), password: TEST_PASSWORD });
      expect(created.statusCode).toBe(201);
      const cookie = cookieFrom(await login('lan.dau', TEST_PASSWORD));

      const me = await call('GET', '/api/auth/me', cookie);
      expect(me.statusCode).toBe(200);
      expect(me.json().mustChangePassword).toBe(true);
      const units = await call('GET', '/api/units', cookie);
      expect(units.statusCode).toBe(403);
      expect(units.json()).toEqual({ error: { code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringMatching(/đổi mật khẩu/) } });

      const change = await call('POST', '/api/auth/change-password', cookie, { currentPassword: TEST_PASSWORD, newPassword: 'Moi-doi-lan-dau-2024' });
      expect(change.statusCode).toBe(200);
      expect((await call('GET', '/api/auth/me', cookie)).json().mustChangePassword).toBe(false);
      expect((await call('GET', '/api/units', cookie)).statusCode).toBe(200);
      const changed = (await auditOf(created.json().id)).find((e) => e.action === 'password_change');
      expect(changed).toMatchObject({ actor_username: 'lan.dau', before: { mustChangePassword: true }, after: { mustChangePassword: false } });
    });
  });

  describe('POST /api/users/:id/reset-password', () => {
    it('đặt lại mật khẩu kết thúc mọi phiên của người đó và buộc đổi ở lần đăng nhập sau', async () => {
      const id = await userIdOf(t.database.db, 'bvtamthan');
      const session = await t.login('bvtamthan');
      const res = await call('POST', `/api/users/${id}/reset-password`, admin, { password: 'Tam-thoi-2024-xyz' });
      expect(res.statusCode).toBe(200);
      expect((await call('GET', '/api/auth/me', session)).statusCode).toBe(401);
      expect((await login('bvtamthan', DEMO_PASSWORD)).statusCode).toBe(401);

      const fresh = await login('bvtamthan', 'Tam-thoi-2024-xyz');
      expect(fresh.statusCode).toBe(200);
      expect(fresh.json().mustChangePassword).toBe(true);
      expect((await call('GET', '/api/units', cookieFrom(fresh))).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    });

    it.each([
      ['ngắn hơn 12 ký tự', 'Ngan-2024', /ít nhất 12 ký tự/],
      ['không có chữ số', 'khong-co-chu-so-nao', /chữ cái và chữ số/],
      ['chứa tên đăng nhập', 'Bvphcn-2024-moi-x', /tên đăng nhập/],
      ['quá phổ biến', 'matkhau123456', /phổ biến/],
    ])('mật khẩu đặt lại %s bị từ chối, mật khẩu cũ vẫn dùng được', async (_what, password, message) => {
      const id = await userIdOf(t.database.db, 'bvphcn');
      const res = await call('POST', `/api/users/${id}/reset-password`, admin, { password });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toEqual({ error: { code: 'WEAK_PASSWORD', message: expect.stringMatching(message) } });
      expect((await login('bvphcn', DEMO_PASSWORD)).statusCode).toBe(200);
    });

    it('đặt lại mật khẩu của người không tồn tại trả 404', async () => {
      const res = await call('POST', '/api/users/987654/reset-password', admin, { password: 'Tam-thoi-2024-xyz' });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toMatch(/Không tìm thấy người dùng/);
    });
  });

  describe('PATCH /api/users/:id', () => {
    it('vô hiệu hóa tài khoản kết thúc các phiên và chặn đăng nhập; mở lại thì đăng nhập được', async () => {
      const id = await userIdOf(t.database.db, 'thuvien');
      const session = await t.login('thuvien');
      const off = await call('PATCH', `/api/users/${id}`, admin, { active: false });
      expect(off.statusCode).toBe(200);
      expect(off.json().active).toBe(false);
      expect((await call('GET', '/api/auth/me', session)).statusCode).toBe(401);
      const refused = await login('thuvien', DEMO_PASSWORD);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toEqual({ code: 'ACCOUNT_DISABLED', message: expect.stringMatching(/vô hiệu hóa/) });

      expect((await call('PATCH', `/api/users/${id}`, admin, { active: true })).statusCode).toBe(200);
      expect((await login('thuvien', DEMO_PASSWORD)).statusCode).toBe(200);
    });

    it('quản trị không thể tự vô hiệu hóa hay bỏ quyền quản trị của mình', async () => {
      const me = await userIdOf(t.database.db, 'admin');
      for (const body of [{ active: false }, { role: 'staff' }]) {
        const res = await call('PATCH', `/api/users/${me}`, admin, body);
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toEqual({ code: 'SELF_LOCKOUT', message: expect.stringMatching(/chính mình/) });
      }
      const row = await t.database.db.selectFrom('app_user').select(['active', 'role']).where('id', '=', me).executeTakeFirstOrThrow();
      expect(row).toEqual({ active: true, role: 'admin' });
      expect((await call('GET', '/api/users', admin)).statusCode).toBe(200);
    });

    it('đổi sang đơn vị đã ngừng hoạt động bị từ chối 400', async () => {
      const id = await userIdOf(t.database.db, 'naha');
      const cucThue = await unitIdOf(t.database.db, 'cucthue');
      await t.database.db.updateTable('org_unit').set({ active: false }).where('id', '=', cucThue).execute();
      try {
        const res = await call('PATCH', `/api/users/${id}`, admin, { unitId: cucThue });
        expect(res.statusCode).toBe(400);
        expect(res.json().error.code).toBe('UNIT_INACTIVE');
      } finally {
        await t.database.db.updateTable('org_unit').set({ active: true }).where('id', '=', cucThue).execute();
      }
    });
  });

  describe('quyền', () => {
    it.each(['canbo', 'lanhdao', 'cdyenbai'])('%s (không phải quản trị) nhận 403 ở mọi địa chỉ /api/users', async (username) => {
      const cookie = await t.login(username);
      const id = await userIdOf(t.database.db, username);
      const attempts = [
        call('GET', '/api/users', cookie),
        call('GET', `/api/users/${id}`, cookie),
        call('POST', '/api/users', cookie, { username: 'chen.ngang', fullName: 'Chen Ngang', role: 'admin', unitId: 1, password: TEST_PASSWORD }),
        call('PATCH', `/api/users/${id}`, cookie, { role: 'admin' }),
        call('POST', `/api/users/${id}/reset-password`, cookie, { password: 'Chiem-quyen-2024-x' }),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      const row = await t.database.db.selectFrom('app_user').select('role').where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.role).not.toBe('admin');
      expect(await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'chen.ngang').executeTakeFirst()).toBeUndefined();
    });
  });

  describe('nhật ký', () => {
    it('tạo, sửa, vô hiệu hóa, đặt lại mật khẩu đều ghi nhật ký kèm trước/sau và người thực hiện', async () => {
      const created = await createUser({ username: 'nhat.ky', fullName: 'Lê Văn Ghi', role: 'unit', unitId: await unitIdOf(t.database.db, 'cdyenbai'), password: TEST_PASSWORD });
      const id: number = created.json().id;
      const cucThongKe = await unitIdOf(t.database.db, 'cucthongke');
      expect((await call('PATCH', `/api/users/${id}`, admin, { fullName: 'Lê Văn Ghi Chép', unitId: cucThongKe })).statusCode).toBe(200);
      expect((await call('PATCH', `/api/users/${id}`, admin, { active: false })).statusCode).toBe(200);
      expect((await call('POST', `/api/users/${id}/reset-password`, admin, { password: 'Dat-lai-2024-abc' })).statusCode).toBe(200);

      const events = await auditOf(id);
      expect(events.map((e) => e.action)).toEqual(['create', 'update', 'deactivate', 'password_reset']);
      expect(events.every((e) => e.actor_username === 'admin')).toBe(true);
      const [create, update, deactivate, reset] = events;
      expect(create!.before).toBeNull();
      expect(create!.after).toMatchObject({ username: 'nhat.ky', fullName: 'Lê Văn Ghi', role: 'unit' });
      expect(update!.before).toEqual({ fullName: 'Lê Văn Ghi', unitId: await unitIdOf(t.database.db, 'cdyenbai') });
      expect(update!.after).toEqual({ fullName: 'Lê Văn Ghi Chép', unitId: cucThongKe });
      expect(deactivate!.before).toEqual({ active: true });
      expect(deactivate!.after).toEqual({ active: false });
      expect(reset!.before).toEqual({ mustChangePassword: true });
      expect(reset!.after).toMatchObject({ mustChangePassword: true });

      const page = await call('GET', `/api/audit?entity=app_user&entityId=${id}`, admin);
      expect(page.json().total).toBe(4);
    });
  });

  // Last: it reads every response the tests above collected.
  it('không phản hồi nào chứa mật khẩu hay bản băm mật khẩu', async () => {
    seen.push(await call('GET', '/api/users', admin));
    seen.push(await call('GET', `/api/users/${await userIdOf(t.database.db, 'canbo')}`, admin));
    seen.push(await call('GET', '/api/audit?pageSize=200', admin));
    expect(seen.length).toBeGreaterThan(40);
    const hashes = (await t.database.db.selectFrom('app_user').select('password_hash').execute()).map((r) => r.password_hash);
    const secrets = [TEST_PASSWORD, DEMO_PASSWORD, 'Tam-thoi-2024-xyz', 'Moi-doi-lan-dau-2024', 'Dat-lai-2024-abc'];
    for (const res of seen) {
      const where = `${res.raw.req.method} ${res.raw.req.url}`;
      expect(res.body, where).not.toMatch(/scrypt\$|password_?hash|passwordHash/i);
      for (const h of hashes) expect(res.body, where).not.toContain(h.split('$').pop());
      for (const s of secrets) expect(res.body, where).not.toContain(s);
    }
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { DEMO_PASSWORD } from '../../../test/templates';

describe.each(DIALECTS)('nhật ký thay đổi (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });

  const get = (url: string, cookie = admin) => t.app.inject({ url, headers: { cookie } });
  const snapshot = () => t.database.db.selectFrom('audit_event').selectAll().orderBy('id').execute();

  describe('chỉ ghi thêm, không sửa, không xóa', () => {
    it.each([
      ['UPDATE', sql`update audit_event set action = 'sua_lai'`],
      ['UPDATE một dòng', sql`update audit_event set actor_username = 'ai-do' where id = (select min(id) from audit_event)`],
      ['DELETE', sql`delete from audit_event`],
      ['TRUNCATE', sql`truncate audit_event`],
    ])('cơ sở dữ liệu từ chối %s trên audit_event', async (_op, statement) => {
      const before = await snapshot();
      expect(before.length).toBeGreaterThan(0);
      await expect(statement.execute(t.database.db)).rejects.toThrow(/append-only/);
      expect(await snapshot()).toEqual(before);
    });

    it('từ chối cả khi đi qua Kysely trong một giao dịch', async () => {
      const before = await snapshot();
      await expect(
        t.database.db.transaction().execute(async (trx) => {
          await trx.updateTable('audit_event').set({ after: JSON.stringify({ da: 'sua' }) }).execute();
        }),
      ).rejects.toThrow(/append-only/);
      expect(await snapshot()).toEqual(before);
    });

    it('ghi thêm thì được', async () => {
      const before = (await snapshot()).length;
      await t.database.db.insertInto('audit_event').values({ action: 'kiem_tra', entity: 'kiem_tra', actor_id: null, actor_username: null, entity_id: null, before: null, after: null, ip: null }).execute();
      expect((await snapshot()).length).toBe(before + 1);
    });

    it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('không có địa chỉ nào cho %s vào nhật ký (404/405), nhật ký giữ nguyên', async (method) => {
      const before = await snapshot();
      const firstId = before[0]!.id;
      for (const url of ['/api/audit', '/api/audit/', `/api/audit/${firstId}`, '/api/audit/xoa-het']) {
        const res = await t.app.inject({ method, url, headers: { cookie: admin }, payload: { action: 'sua_lai' } });
        expect([404, 405], `${method} ${url}`).toContain(res.statusCode);
        expect(res.json().error.message).toMatch(/[ạ-ỹđ]/i);
      }
      expect(await snapshot()).toEqual(before);
    });
  });

  describe('GET /api/audit', () => {
    it.each(['canbo', 'lanhdao', 'cucthongke'])('%s (không phải quản trị) nhận 403', async (username) => {
      const res = await get('/api/audit', await t.login(username));
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    });

    it('đăng nhập, đăng xuất và đăng nhập sai đều được ghi', async () => {
      const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sotaichinh', password } });
      expect((await login('sai-mat-khau-2024')).statusCode).toBe(401);
      const ok = await login(DEMO_PASSWORD);
      const cookie = `danvan_session=${ok.cookies.find((c) => c.name === 'danvan_session')!.value}`;
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(200);
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'khong-co-ai', password: 'sai-mat-khau-2024' } });

      const mine = (await get('/api/audit?username=sotaichinh')).json();
      expect(mine.items.map((e: { action: string }) => e.action)).toEqual(['logout', 'login']);
      expect(mine.items[1].after).toMatchObject({ username: 'sotaichinh' });

      const failed = (await get('/api/audit?entity=app_user')).json().items.filter((e: { action: string }) => e.action === 'login_failed');
      expect(failed[0].after).toMatchObject({ username: 'sotaichinh' });
      const ghost = (await get('/api/audit?entity=session')).json().items.find((e: { action: string }) => e.action === 'login_failed');
      expect(ghost.after).toEqual({ username: 'khong-co-ai' });
      expect(JSON.stringify([mine, failed, ghost])).not.toContain('sai-mat-khau-2024');
    });

    it('lọc theo người thực hiện và loại đối tượng', async () => {
      const canbo = await t.login('canbo');
      await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: canbo } });
      const byUser = (await get('/api/audit?username=canbo')).json();
      expect(byUser.total).toBeGreaterThanOrEqual(2);
      expect(byUser.items.every((e: { actorUsername: string }) => e.actorUsername === 'canbo')).toBe(true);

      const byEntity = (await get('/api/audit?entity=database')).json();
      expect(byEntity.items.map((e: { action: string }) => e.action)).toEqual(['seed_demo_done', 'seed_demo']);
      expect(byEntity.items[1].after).toMatchObject({ units: expect.any(Number), users: expect.any(Number) });
      expect((await get('/api/audit?username=khong-ton-tai')).json()).toEqual({ total: 0, items: [] });
    });

    it('lọc theo ngày: từ ngày đến ngày tính cả hai đầu, theo giờ Việt Nam', async () => {
      const at = (iso: string) => ({ at: new Date(iso), action: iso, entity: 'ngay_kiem_tra', actor_id: null, actor_username: null, entity_id: null, before: null, after: null, ip: null });
      await t.database.db.insertInto('audit_event').values([
        at('2024-05-14T16:59:59.000Z'), // 23:59:59 ngày 14/5 giờ Việt Nam
        at('2024-05-14T17:00:00.000Z'), // 00:00:00 ngày 15/5
        at('2024-05-15T09:30:00.000Z'), // 16:30 ngày 15/5
        at('2024-05-15T16:59:59.999Z'), // 23:59:59.999 ngày 15/5
        at('2024-05-15T17:00:00.000Z'), // 00:00 ngày 16/5
        at('2024-05-20T03:00:00.000Z'), // 10:00 ngày 20/5
      ]).execute();
      const actions = async (query: string) =>
        ((await get(`/api/audit?entity=ngay_kiem_tra&${query}`)).json().items as { action: string }[]).map((e) => e.action).sort();

      expect(await actions('from=2024-05-15&to=2024-05-15')).toEqual(['2024-05-14T17:00:00.000Z', '2024-05-15T09:30:00.000Z', '2024-05-15T16:59:59.999Z']);
      expect(await actions('from=2024-05-16')).toEqual(['2024-05-15T17:00:00.000Z', '2024-05-20T03:00:00.000Z']);
      expect(await actions('to=2024-05-14')).toEqual(['2024-05-14T16:59:59.000Z']);
      expect(await actions('from=2024-05-17&to=2024-05-19')).toEqual([]);
      expect(await actions('from=2024-05-20&to=2024-05-15')).toEqual([]);
    });

    it('ngày không tồn tại bị từ chối 400, không phải lỗi máy chủ', async () => {
      for (const q of ['from=2024-02-30', 'to=2024-13-01', 'from=15/05/2024', 'to=2024-5-1']) {
        const res = await get(`/api/audit?${q}`);
        expect(res.statusCode, q).toBe(400);
        expect(res.json().error.code).toBe('VALIDATION');
      }
    });

    it('phân trang: mới nhất trước, các trang không trùng, tổng đúng', async () => {
      const values = Array.from({ length: 7 }, (_, i) => ({ action: `trang_${i}`, entity: 'phan_trang', actor_id: null, actor_username: null, entity_id: String(i), before: null, after: null, ip: null }));
      await t.database.db.insertInto('audit_event').values(values).execute();
      const page = async (n: number) => (await get(`/api/audit?entity=phan_trang&pageSize=3&page=${n}`)).json();
      const [p1, p2, p3, p4] = [await page(1), await page(2), await page(3), await page(4)];
      expect([p1.total, p2.total, p3.total]).toEqual([7, 7, 7]);
      expect(p1.items.map((e: { entityId: string }) => e.entityId)).toEqual(['6', '5', '4']);
      expect(p2.items.map((e: { entityId: string }) => e.entityId)).toEqual(['3', '2', '1']);
      expect(p3.items.map((e: { entityId: string }) => e.entityId)).toEqual(['0']);
      expect(p4.items).toEqual([]);
      expect((await get('/api/audit?entity=phan_trang&entityId=4')).json().items.map((e: { action: string }) => e.action)).toEqual(['trang_4']);
    });
  });
});

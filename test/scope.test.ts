import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app';
import { DIALECTS } from './db';
import { unitIdOf } from './factory';

/** What each demo role may see of the organisation tree, through GET /api/units and GET /api/units/:id. */
describe.each(DIALECTS)('phạm vi đơn vị theo vai trò (%s)', (kind) => {
  let t: TestApp;
  let paths: Map<number, string>;
  const cookies = new Map<string, string>();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const rows = await t.database.db.selectFrom('org_unit').select(['id', 'path']).execute();
    paths = new Map(rows.map((r) => [r.id, r.path]));
    for (const u of ['admin', 'canbo', 'lanhdao', 'cucthongke']) cookies.set(u, await t.login(u));
  });
  afterAll(async () => { await t?.close(); });

  const get = (as: string, url: string) => t.app.inject({ url, headers: { cookie: cookies.get(as)! } });
  const codes = (body: { code: string }[]) => body.map((u) => u.code).sort();
  const id = (code: string) => unitIdOf(t.database.db, code);

  describe('tài khoản đơn vị (cucthongke)', () => {
    it('danh sách chỉ có chính đơn vị mình ở gốc, và các chi bộ trực thuộc', async () => {
      expect(codes((await get('cucthongke', '/api/units')).json())).toEqual(['cucthongke']);
      const children = await get('cucthongke', `/api/units?parentId=${await id('cucthongke')}`);
      expect(codes(children.json())).toEqual(['cucthongke.cb-tonghop', 'cucthongke.cb-vanphong']);
    });

    it('tìm kiếm không bao giờ trả đơn vị ngoài cây con của mình', async () => {
      const root = paths.get(await id('cucthongke'))!;
      for (const q of ['a', 'so', 'yen bai', 'chi bo', 'ban']) {
        const res = await get('cucthongke', `/api/units?q=${encodeURIComponent(q)}&includeInactive=true`);
        expect(res.statusCode).toBe(200);
        for (const u of res.json() as { id: number; code: string }[]) expect(paths.get(u.id)!.startsWith(root), `${q} → ${u.code}`).toBe(true);
      }
      expect(codes((await get('cucthongke', '/api/units?q=truong%20cao%20dang')).json())).toEqual([]);
      expect(codes((await get('cucthongke', '/api/units?kind=dang_bo_co_so')).json())).toEqual(['cucthongke']);
    });

    it('xem chi bộ của mình được, chỉ thấy cấp trên trong phạm vi', async () => {
      const res = await get('cucthongke', `/api/units/${await id('cucthongke.cb-tonghop')}`);
      expect(res.statusCode).toBe(200);
      expect(codes(res.json().ancestors)).toEqual(['cucthongke']);
    });

    it.each(['cdyenbai', 'duk', 'tinhuy', 'duk.bantuyengiao', 'cdyenbai.cb-giangvien'])('xem đơn vị %s (ngoài phạm vi) nhận 404', async (code) => {
      const res = await get('cucthongke', `/api/units/${await id(code)}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringMatching(/Không tìm thấy/) } });
    });

    it('hỏi các đơn vị trực thuộc cấp trên chỉ thấy chính mình, không thấy đơn vị ngang cấp', async () => {
      expect(codes((await get('cucthongke', `/api/units?parentId=${await id('duk')}&limit=5000`)).json())).toEqual(['cucthongke']);
      expect((await get('cucthongke', `/api/units?parentId=${await id('tinhuy')}`)).json()).toEqual([]);
    });
  });

  describe.each(['canbo', 'lanhdao'])('%s (Đảng ủy Khối)', (user) => {
    it('gốc phạm vi là Đảng ủy Khối, dù tài khoản thuộc một ban hay chính Đảng ủy Khối', async () => {
      expect(codes((await get(user, '/api/units')).json())).toEqual(['duk']);
      const children = codes((await get(user, `/api/units?parentId=${await id('duk')}&limit=5000`)).json());
      expect(children).toContain('duk.bantuyengiao');
      expect(children).toContain('cucthongke');
      expect(children).toHaveLength(6 + 74 + 3);
    });

    it.each(['cucthongke', 'cucthongke.cb-vanphong', 'duk.bantuyengiao', 'duk.congdoan', 'duk'])('xem được %s trong Đảng ủy Khối', async (code) => {
      const res = await get(user, `/api/units/${await id(code)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().code).toBe(code);
      expect(codes(res.json().ancestors)).not.toContain('tinhuy');
    });

    it.each(['tinhuy', 'bdvtu', 'btgtu', 'bcdqcdc', 'tw', 'thutuong'])('không xem được %s (ngoài Đảng ủy Khối): 404', async (code) => {
      expect((await get(user, `/api/units/${await id(code)}`)).statusCode).toBe(404);
    });

    it('tìm kiếm không lộ các cơ quan khác của Tỉnh ủy', async () => {
      expect(codes((await get(user, '/api/units?q=ban%20dan%20van')).json())).not.toContain('bdvtu');
      const root = paths.get(await id('duk'))!;
      for (const q of ['tinh', 'ban', 'chinh phu', 'trung uong']) {
        const found = (await get(user, `/api/units?q=${encodeURIComponent(q)}&limit=5000&includeInactive=true`)).json() as { id: number; code: string }[];
        for (const u of found) expect(paths.get(u.id)!.startsWith(root), `${q} → ${u.code}`).toBe(true);
      }
      expect((await get(user, '/api/units?q=tinh%20uy%20yen%20bai')).json().map((u: { code: string }) => u.code)).not.toContain('tinhuy');
    });
  });

  describe('quản trị', () => {
    it('thấy mọi gốc của cây và xem được mọi đơn vị', async () => {
      expect(codes((await get('admin', '/api/units')).json())).toEqual(['chinhphu', 'tinhuy', 'tw']);
      for (const code of ['tinhuy', 'bdvtu', 'cucthongke.cb-tonghop', 'thutuong']) {
        expect((await get('admin', `/api/units/${await id(code)}`)).statusCode, code).toBe(200);
      }
    });
  });
});

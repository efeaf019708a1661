import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { sql } from 'kysely';
import { compareVi } from '../../vn/text';
import { insertUnit, lockUnits } from './units.queries';
import type { TUnit } from './units.schemas';

describe.each(DIALECTS)('đơn vị (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie = admin, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const list = async (query: string, cookie = admin) => {
    const res = await call('GET', `/api/units${query}`, cookie);
    expect(res.statusCode).toBe(200);
    return res.json<TUnit[]>();
  };
  const names = async (query: string, cookie = admin) => (await list(query, cookie)).map((u) => u.name);
  const unit = (code: string) => t.database.db.selectFrom('org_unit').selectAll().where('code', '=', code).executeTakeFirstOrThrow();
  const auditOf = (id: number) =>
    t.database.db.selectFrom('audit_event').select(['action', 'before', 'after', 'actor_username']).where('entity', '=', 'org_unit').where('entity_id', '=', String(id)).orderBy('id').execute();

  describe('xem và tìm', () => {
    it('quản trị viên mở trang thấy các đơn vị gốc, theo thứ tự tiếng Việt', async () => {
      expect(await names('')).toEqual(['Ban Chấp hành Trung ương Đảng', 'Chính phủ', 'Tỉnh ủy Yên Bái']);
    });

    it('tìm "cuc thong ke" không dấu ra "Cục Thống kê tỉnh Yên Bái"; viết hoa có dấu cũng vậy', async () => {
      expect(await names('?q=cuc%20thong%20ke')).toEqual(['Cục Thống kê tỉnh Yên Bái']);
      expect(await names(`?q=${encodeURIComponent('CỤC THỐNG KÊ')}`)).toEqual(['Cục Thống kê tỉnh Yên Bái']);
    });

    it('"uy", "ủy" và "uỷ" (cả dạng tổ hợp) cho cùng kết quả, dù tên lưu kiểu "uỷ" hay "ủy"', async () => {
      const created = await call('POST', '/api/units', admin, { code: 'uy-cu', name: 'Chi bộ Uỷ ban Thử nghiệm', kind: 'chi_bo', parentId: (await unit('duk')).id });
      expect(created.statusCode).toBe(201);
      const results = await Promise.all(['uy ban', 'ủy ban', 'uỷ ban', 'ủy ban'.normalize('NFD')].map((q) => names(`?q=${encodeURIComponent(q)}`)));
      expect(results[0]).toEqual(['Chi bộ Uỷ ban Thử nghiệm', 'Ủy ban Kiểm tra Đảng ủy Khối', 'Văn phòng Ủy ban nhân dân tỉnh Yên Bái']);
      for (const r of results) expect(r).toEqual(results[0]);
    });

    it('tìm theo mã, và ký tự % hay _ được hiểu đúng nghĩa đen', async () => {
      expect(await names('?q=cdyenbai.cb')).toEqual(['Chi bộ Hành chính - Tổ chức', 'Chi bộ Khoa Sư phạm']);
      expect(await list('?q=%25')).toEqual([]);
      expect(await list('?q=_')).toEqual([]);
    });

    it('đơn vị trực thuộc xếp theo thứ tự tiếng Việt: "Đ" sau "D", "Ủ" sau "U", trước "V"', async () => {
      const duk = await unit('duk');
      const all = await names(`?parentId=${duk.id}&limit=5000`);
      expect(all).toEqual([...all].sort(compareVi));
      const at = (name: string) => all.indexOf(name);
      expect(at('Cục Thuế tỉnh Yên Bái')).toBeLessThan(at('Đài Phát thanh và Truyền hình tỉnh Yên Bái'));
      expect(at('Đài Phát thanh và Truyền hình tỉnh Yên Bái')).toBeLessThan(at('Hội Chữ thập đỏ tỉnh Yên Bái'));
      expect(at('Trường Trung học phổ thông Nguyễn Huệ')).toBeLessThan(at('Ủy ban Kiểm tra Đảng ủy Khối'));
      expect(at('Ủy ban Kiểm tra Đảng ủy Khối')).toBeLessThan(at('Văn phòng Đảng ủy Khối'));
      // A shorter page is the head of the same order, not an arbitrary slice.
      expect(await names(`?parentId=${duk.id}&limit=5`)).toEqual(all.slice(0, 5));
    });

    it('lọc theo loại đơn vị', async () => {
      expect(await names('?kind=doan_the', await t.login('canbo'))).toEqual([
        'Công đoàn Viên chức tỉnh Yên Bái', 'Đoàn Thanh niên Khối cơ quan và doanh nghiệp tỉnh', 'Hội Cựu chiến binh Khối cơ quan và doanh nghiệp tỉnh',
      ]);
    });

    it('xem một đơn vị kèm các cấp trên; mã không có trả 404, mã không phải số trả 400', async () => {
      const cell = await unit('cucthongke.cb-tonghop');
      const res = await call('GET', `/api/units/${cell.id}`);
      expect(res.json().ancestors.map((u: TUnit) => u.code)).toEqual(['tinhuy', 'duk', 'cucthongke']);
      const missing = await call('GET', '/api/units/999999');
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' } });
      expect((await call('GET', '/api/units/abc')).json().error.code).toBe('VALIDATION');
    });

    it('tài khoản đơn vị chỉ thấy cây của mình; đơn vị khác trả 404', async () => {
      const cookie = await t.login('cucthongke');
      expect(await names('', cookie)).toEqual(['Cục Thống kê tỉnh Yên Bái']);
      expect(await names('?q=yen%20bai', cookie)).toEqual(['Cục Thống kê tỉnh Yên Bái']);
      expect(await names('?q=chi%20bo', cookie)).toEqual(['Chi bộ Phòng Thống kê tổng hợp', 'Chi bộ Văn phòng Cục']);
      expect(await names(`?parentId=${(await unit('duk')).id}`, cookie)).toEqual(['Cục Thống kê tỉnh Yên Bái']);
      expect(await list(`?parentId=${(await unit('tinhuy')).id}`, cookie)).toEqual([]);
      const other = await call('GET', `/api/units/${(await unit('cdyenbai')).id}`, cookie);
      expect(other.statusCode).toBe(404);
      const own = await call('GET', `/api/units/${(await unit('cucthongke.cb-tonghop')).id}`, cookie);
      expect(own.json().ancestors.map((u: TUnit) => u.code)).toEqual(['cucthongke']);
    });

    it('cán bộ canbo (Ban Tuyên giáo) thấy toàn bộ cây Đảng ủy Khối, không thấy ngoài', async () => {
      const cookie = await t.login('canbo');
      const duk = await unit('duk');
      expect(await names('', cookie)).toEqual(['Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái']);
      const children = await list(`?parentId=${duk.id}&limit=5000`, cookie);
      expect(children.filter((u) => u.kind === 'dang_bo_co_so' || u.kind === 'chi_bo_co_so')).toHaveLength(74);
      expect((await call('GET', `/api/units/${(await unit('cdyenbai.cb-giangvien')).id}`, cookie)).statusCode).toBe(200);
      expect((await call('GET', `/api/units/${(await unit('tinhuy')).id}`, cookie)).statusCode).toBe(404);
      expect(await list('?q=ban%20dan%20van', cookie)).toEqual([]);
    });
  });

  describe('tạo', () => {
    it('quản trị viên tạo đơn vị: mã chuẩn hóa, tên làm sạch, nằm dưới cấp trên, ghi nhật ký', async () => {
      const duk = await unit('duk');
      const res = await call('POST', '/api/units', admin, { code: ' SoMoi ', name: 'Sở   Mới tỉnh Yên Bái', kind: 'dang_bo_co_so', parentId: duk.id });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ code: 'somoi', name: 'Sở Mới tỉnh Yên Bái', parentId: duk.id, depth: duk.depth + 1, active: true, childCount: 0 });
      expect(await names(`?parentId=${duk.id}&q=so%20moi`)).toEqual(['Sở Mới tỉnh Yên Bái']);
      expect(await auditOf(res.json().id)).toEqual([
        { action: 'create', actor_username: 'admin', before: null, after: { code: 'somoi', name: 'Sở Mới tỉnh Yên Bái', kind: 'dang_bo_co_so', parentId: duk.id } },
      ]);
    });

    it('mã trùng nhận 409; mã sai quy cách, tên trống, cấp trên không có nhận 400 tiếng Việt; không tạo gì', async () => {
      const duk = (await unit('duk')).id;
      const body = { code: 'x', name: 'X', kind: 'chi_bo', parentId: duk };
      const taken = await call('POST', '/api/units', admin, { ...body, code: 'CUCTHONGKE' });
      expect(taken.statusCode).toBe(409);
      expect(taken.json().error).toEqual({ code: 'CODE_TAKEN', message: 'Mã đơn vị "cucthongke" đã được dùng.' });
      expect((await call('POST', '/api/units', admin, { ...body, code: 'mã có dấu' })).json().error.message).toMatch(/chỉ gồm chữ không dấu/);
      expect((await call('POST', '/api/units', admin, { ...body, name: '   ' })).json().error.message).toMatch(/Tên đơn vị không được để trống/);
      const orphan = await call('POST', '/api/units', admin, { ...body, parentId: 999999 });
      expect([orphan.statusCode, orphan.json().error.code]).toEqual([400, 'UNKNOWN_PARENT']);
      expect(await t.database.db.selectFrom('org_unit').select('id').where('code', '=', 'x').executeTakeFirst()).toBeUndefined();
    });

    it('hai người tạo cùng một mã cùng lúc: một thành công, một nhận 409', async () => {
      const body = { code: 'cung-luc', name: 'Cùng lúc', kind: 'chi_bo', parentId: (await unit('duk')).id };
      const res = await Promise.all([call('POST', '/api/units', admin, body), call('POST', '/api/units', admin, body)]);
      expect(res.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    });

    it('chỉ quản trị viên được tạo và sửa đơn vị', async () => {
      const duk = await unit('duk');
      expect((await call('POST', '/api/units', await t.login('canbo'), { code: 'y', name: 'Y', kind: 'chi_bo', parentId: duk.id })).statusCode).toBe(403);
      expect((await call('PATCH', `/api/units/${duk.id}`, await t.login('lanhdao'), { name: 'Đổi' })).statusCode).toBe(403);
      const own = await unit('cucthongke');
      const res = await call('PATCH', `/api/units/${own.id}`, await t.login('cucthongke'), { name: 'Đổi' });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
      expect((await unit('cucthongke')).name).toBe(own.name);
    });
  });

  describe('sửa, chuyển, ngừng hoạt động', () => {
    it('đổi tên: tìm được theo tên mới, nhật ký có tên cũ và mới; đổi sang đúng tên cũ thì không ghi gì', async () => {
      const u = await unit('sokhcn');
      const res = await call('PATCH', `/api/units/${u.id}`, admin, { name: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo' });
      expect(res.json().name).toBe('Sở Khoa học, Công nghệ và Đổi mới sáng tạo');
      expect(await names('?q=doi%20moi%20sang%20tao')).toEqual(['Sở Khoa học, Công nghệ và Đổi mới sáng tạo']);
      await call('PATCH', `/api/units/${u.id}`, admin, { name: '  Sở Khoa học,  Công nghệ và Đổi mới sáng tạo ' });
      expect(await auditOf(u.id)).toEqual([
        { action: 'rename', actor_username: 'admin', before: { name: u.name }, after: { name: 'Sở Khoa học, Công nghệ và Đổi mới sáng tạo' } },
      ]);
    });

    it('đổi loại đơn vị, có nhật ký trước/sau', async () => {
      const u = await unit('sotuphap');
      expect((await call('PATCH', `/api/units/${u.id}`, admin, { kind: 'dang_bo_co_so' })).json().kind).toBe('dang_bo_co_so');
      expect(await auditOf(u.id)).toMatchObject([{ action: 'update', before: { kind: 'chi_bo_co_so' }, after: { kind: 'dang_bo_co_so' } }]);
    });

    it('chuyển đơn vị mang theo cả cây con: đường dẫn và cấp của mọi đơn vị trực thuộc đổi theo', async () => {
      const duk = await unit('duk');
      const group = (await call('POST', '/api/units', admin, { code: 'nhom-tk', name: 'Nhóm Thống kê', kind: 'dang_uy', parentId: duk.id })).json<TUnit>();
      const before = await unit('cucthongke');
      const res = await call('PATCH', `/api/units/${before.id}`, admin, { parentId: group.id });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ parentId: group.id, depth: before.depth + 1 });
      const newPath = `${duk.path}${group.id}/${before.id}/`;
      for (const code of ['cucthongke.cb-tonghop', 'cucthongke.cb-vanphong']) {
        const cell = await unit(code);
        expect(cell.path).toBe(`${newPath}${cell.id}/`);
        expect(cell.depth).toBe(before.depth + 2);
      }
      expect(await auditOf(before.id)).toEqual([
        { action: 'move', actor_username: 'admin', before: { parentId: duk.id, path: before.path }, after: { parentId: group.id, path: newPath } },
      ]);
      // The unit's own account follows its unit: it still sees its cells.
      expect(await names(`?parentId=${before.id}`, await t.login('cucthongke'))).toEqual(['Chi bộ Phòng Thống kê tổng hợp', 'Chi bộ Văn phòng Cục']);
      const top = await call('PATCH', `/api/units/${group.id}`, admin, { parentId: null });
      expect(top.json()).toMatchObject({ parentId: null, depth: 0 });
      expect((await unit('cucthongke.cb-vanphong')).depth).toBe(2);
      expect((await unit('cucthongke.cb-vanphong')).path.startsWith(`/${group.id}/${before.id}/`)).toBe(true);
    });

    it('không chuyển được đơn vị vào chính nó hay vào đơn vị trực thuộc nó; không gì thay đổi', async () => {
      const u = await unit('cdyenbai');
      const cell = await unit('cdyenbai.cb-giangvien');
      for (const parentId of [u.id, cell.id]) {
        const res = await call('PATCH', `/api/units/${u.id}`, admin, { parentId });
        expect(res.statusCode).toBe(400);
        expect(res.json().error).toEqual({ code: 'MOVE_CYCLE', message: 'Không thể chuyển "Trường Cao đẳng Yên Bái" vào chính nó hoặc một đơn vị trực thuộc nó.' });
      }
      expect(await unit('cdyenbai')).toEqual(u);
      expect(await unit('cdyenbai.cb-giangvien')).toEqual(cell);
      expect(await auditOf(u.id)).toEqual([]);
    });

    it('hai người cùng lúc chuyển A vào B và B vào A: một được, một bị từ chối, cây không thành vòng', async () => {
      const duk = (await unit('duk')).id;
      const make = async (code: string) => (await call('POST', '/api/units', admin, { code, name: code, kind: 'chi_bo', parentId: duk })).json<TUnit>().id;
      const [a, b] = [await make('vong-a'), await make('vong-b')];
      const res = await Promise.all([call('PATCH', `/api/units/${a}`, admin, { parentId: b }), call('PATCH', `/api/units/${b}`, admin, { parentId: a })]);
      expect(res.map((r) => r.statusCode).sort()).toEqual([200, 400]);
      expect(res.find((r) => r.statusCode === 400)!.json().error.code).toBe('MOVE_CYCLE');
      const [ua, ub] = [await unit('vong-a'), await unit('vong-b')];
      expect(ua.path.startsWith(ub.path) !== ub.path.startsWith(ua.path)).toBe(true);
      expect([ua.parent_id, ub.parent_id]).toContain(duk);
    });

    // Only PostgreSQL runs transactions side by side; PGlite serialises them, so there is no race to test.
    if (kind === 'postgres') {
      it('chuyển cây con đúng lúc có người thêm đơn vị vào cây ấy: đơn vị mới cũng theo cây', async () => {
        const duk = await unit('duk');
        const make = async (code: string, parentId: number) => (await call('POST', '/api/units', admin, { code, name: code, kind: 'chi_bo', parentId })).json<TUnit>().id;
        const a = await make('dong-a', duk.id);
        const p = await make('dong-a.p', a);
        const dest = await make('dong-dich', duk.id);
        let commit!: () => void;
        const gate = new Promise<void>((resolve) => (commit = resolve));
        let added!: () => void;
        const addedP = new Promise<void>((resolve) => (added = resolve));
        // Another request adding a unit under P, as createUnit and the import do: lock the parent, insert.
        const adding = t.database.db.transaction().execute(async (trx) => {
          const [parent] = await lockUnits(trx, [p]);
          await insertUnit(trx, { actor: null, ip: null }, { code: 'dong-a.p.c', name: 'C', kind: 'chi_bo', parent: parent! });
          added();
          await gate;
        });
        await addedP;
        const move = call('PATCH', `/api/units/${a}`, admin, { parentId: dest });
        // Wait until the move is blocked on the lock the other request holds, then let that one commit.
        while (Number((await sql<{ n: string }>`select count(*) as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`.execute(t.database.db)).rows[0]!.n) === 0) {
          await new Promise((r) => setTimeout(r, 20));
        }
        commit();
        await adding;
        expect((await move).statusCode).toBe(200);
        const [pa, c] = [await unit('dong-a.p'), await unit('dong-a.p.c')];
        expect(pa.path).toBe(`${duk.path}${dest}/${a}/${p}/`);
        expect(c.path).toBe(`${pa.path}${c.id}/`);
        expect(c.depth).toBe(pa.depth + 1);
      });
    }

    it('ngừng hoạt động bị từ chối khi còn đơn vị trực thuộc đang hoạt động; ngừng xong vẫn giữ lịch sử', async () => {
      const u = await unit('cdyenbai');
      const refused = await call('PATCH', `/api/units/${u.id}`, admin, { active: false });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.code).toBe('HAS_ACTIVE_CHILDREN');
      expect(refused.json().error.message).toMatch(/còn đơn vị trực thuộc đang hoạt động/);
      for (const code of ['cdyenbai.cb-giangvien', 'cdyenbai.cb-hanhchinh']) {
        expect((await call('PATCH', `/api/units/${(await unit(code)).id}`, admin, { active: false })).statusCode).toBe(200);
      }
      const res = await call('PATCH', `/api/units/${u.id}`, admin, { active: false });
      expect(res.json()).toMatchObject({ active: false, childCount: 2 });
      const duk = (await unit('duk')).id;
      expect(await names(`?parentId=${duk}&q=cao%20dang%20yen%20bai`)).toEqual([]);
      expect(await names(`?parentId=${duk}&q=cao%20dang%20yen%20bai&includeInactive=true`)).toEqual(['Trường Cao đẳng Yên Bái']);
      expect((await call('GET', `/api/units/${u.id}`)).json().active).toBe(false);
      expect(await auditOf(u.id)).toEqual([{ action: 'deactivate', actor_username: 'admin', before: { active: true }, after: { active: false } }]);
    });

    it('đơn vị đã ngừng hoạt động không nhận đơn vị trực thuộc mới, chuyển đến, hay con hoạt động lại', async () => {
      const parent = await unit('cdyenbai');
      expect(parent.active).toBe(false);
      const cell = await unit('cdyenbai.cb-giangvien');
      const create = await call('POST', '/api/units', admin, { code: 'moi-duoi-ngung', name: 'Mới', kind: 'chi_bo', parentId: parent.id });
      expect(create.json().error.code).toBe('PARENT_INACTIVE');
      const move = await call('PATCH', `/api/units/${(await unit('sotttt')).id}`, admin, { parentId: parent.id });
      expect(move.json().error.code).toBe('PARENT_INACTIVE');
      const revive = await call('PATCH', `/api/units/${cell.id}`, admin, { active: true });
      expect(revive.statusCode).toBe(400);
      expect(revive.json().error.message).toMatch(/^Đơn vị cấp trên "Trường Cao đẳng Yên Bái" đã ngừng hoạt động/);
      expect((await unit('cdyenbai.cb-giangvien')).active).toBe(false);
      expect((await call('PATCH', `/api/units/${parent.id}`, admin, { active: true })).json().active).toBe(true);
      expect((await call('PATCH', `/api/units/${cell.id}`, admin, { active: true })).json().active).toBe(true);
      expect((await auditOf(cell.id)).map((e) => e.action)).toEqual(['deactivate', 'reactivate']);
    });

    it('không có cách xóa đơn vị: DELETE không tồn tại, đơn vị vẫn còn', async () => {
      const u = await unit('thuvien');
      const res = await call('DELETE', `/api/units/${u.id}`);
      expect(res.statusCode).toBe(404);
      expect(await unit('thuvien')).toEqual(u);
      const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
      expect(Object.keys(doc.paths['/api/units/{id}'])).not.toContain('delete');
    });

    it('sửa đơn vị không có trả 404; không gửi gì để sửa trả 400', async () => {
      const missing = await call('PATCH', '/api/units/999999', admin, { name: 'X' });
      expect(missing.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Không tìm thấy đơn vị.' } });
      const empty = await call('PATCH', `/api/units/${(await unit('thuvien')).id}`, admin, {});
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.message).toMatch(/Không có gì để cập nhật/);
    });
  });
});

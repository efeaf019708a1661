import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import type { TImportPreview } from './units.schemas';
import { csvOf, HEADER, readXlsx, sheetRows, uploadForm, xlsxOf } from './units.fixtures';

/** One of each mistake the preview must report, with the line it is on and what it must say. */
const BAD_FILE: [string, string, string, string][] = [
  ['khoi-moi', 'Khối mới', 'Đảng ủy', 'tinhuy'], // 2 hợp lệ
  ['kmoi.b', '', 'chi_bo', 'khoi-moi'], // 3 tên trống
  ['kmoi.c', 'C một', 'chi_bo', 'khoi-moi'], // 4 trùng mã trong tệp
  ['kmoi.c', 'C hai', 'chi_bo', 'khoi-moi'], // 5 trùng mã trong tệp
  ['cucthongke', 'Cục Thống kê', 'Đảng bộ cơ sở', 'duk'], // 6 đã có trong hệ thống
  ['kmoi.d', 'D', 'chi_bo', 'khong-co'], // 7 cấp trên không tồn tại
  ['kmoi.x', 'X', 'chi_bo', 'kmoi.y'], // 8 vòng lặp
  ['kmoi.y', 'Y', 'chi_bo', 'kmoi.x'], // 9 vòng lặp
  ['kmoi.e', 'E', 'Hội đồng', 'khoi-moi'], // 10 loại không có
  ['kmoi.ok', 'Hợp lệ', 'chi bo truc thuoc', 'khoi-moi'], // 11 hợp lệ
];
const EXPECTED_PROBLEMS: [number, RegExp][] = [
  [3, /Tên đơn vị không được để trống/],
  [4, /Mã "kmoi.c" trùng với dòng 5/],
  [5, /Mã "kmoi.c" trùng với dòng 4/],
  [6, /Mã "cucthongke" đã có trong hệ thống/],
  [7, /Không tìm thấy đơn vị cấp trên "khong-co"/],
  [8, /Vòng lặp cấp trên trong tệp: kmoi.x → kmoi.y → kmoi.x/],
  [9, /Vòng lặp cấp trên trong tệp/],
  [10, /Loại đơn vị "Hội đồng" không hợp lệ/],
];

describe.each(DIALECTS)('nhập và xuất đơn vị (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });

  const upload = (url: string, data: Buffer, filename: string, cookie = admin, field = 'file') =>
    t.app.inject({ method: 'POST', url, payload: uploadForm(data, filename, field), headers: { cookie } });
  const counts = async () => {
    const db = t.database.db;
    const units = await db.selectFrom('org_unit').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const events = await db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return { units: Number(units.n), events: Number(events.n) };
  };
  const idOf = async (code: string) => (await t.database.db.selectFrom('org_unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const exportAs = async (cookie: string, query = '') => t.app.inject({ url: `/api/units/export.xlsx${query}`, headers: { cookie } });

  it('xem trước tệp XLSX liệt kê mọi dòng lỗi kèm lý do và không ghi gì', async () => {
    const before = await counts();
    const res = await upload('/api/units/import/preview', await xlsxOf([HEADER, ...BAD_FILE]), 'don-vi.xlsx');
    expect(res.statusCode).toBe(200);
    const body = res.json<TImportPreview>();
    expect(body.valid).toBe(false);
    expect(body.rows).toHaveLength(BAD_FILE.length);
    expect(body.badRows).toBe(EXPECTED_PROBLEMS.length);
    expect(body.problems.map((p) => p.line)).toEqual(EXPECTED_PROBLEMS.map(([line]) => line));
    for (const [line, message] of EXPECTED_PROBLEMS) expect(body.problems.find((p) => p.line === line)?.message).toMatch(message);
    expect(body.rows.find((r) => r.line === 11)).toMatchObject({ code: 'kmoi.ok', kindValue: 'chi_bo' });
    expect(await counts()).toEqual(before);
  });

  it('xem trước tệp CSV (chấm phẩy, có BOM) báo đúng các lỗi như tệp XLSX', async () => {
    const res = await upload('/api/units/import/preview', csvOf([HEADER, ...BAD_FILE], { delimiter: ';', bom: true }), 'don-vi.csv');
    expect(res.statusCode).toBe(200);
    const body = res.json<TImportPreview>();
    expect(body.problems.map((p) => p.line)).toEqual(EXPECTED_PROBLEMS.map(([line]) => line));
    for (const [line, message] of EXPECTED_PROBLEMS) expect(body.problems.find((p) => p.line === line)?.message).toMatch(message);
  });

  it('nhập tệp có dòng lỗi: 400 IMPORT_INVALID đếm số dòng lỗi, không tạo đơn vị nào', async () => {
    const before = await counts();
    const res = await upload('/api/units/import', await xlsxOf([HEADER, ...BAD_FILE]), 'don-vi.xlsx');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'IMPORT_INVALID', message: expect.stringMatching(/^Tệp có 8\/10 dòng không hợp lệ nên chưa nhập đơn vị nào/) });
    expect(await counts()).toEqual(before);
  });

  it('nhập tệp hợp lệ tạo mọi đơn vị đúng cây (cả khi con đứng trước cha), hiện trong danh sách, ghi nhật ký', async () => {
    const before = await counts();
    const file = csvOf([
      HEADER,
      ['nk.cb-a', 'Chi bộ Ánh Dương', 'chi_bo', 'nk'],
      ['nk.cb-a.to1', 'Tổ đảng 1', 'Chi bộ trực thuộc', 'NK.CB-A'],
      ['nk', 'Đảng bộ Nhập Khẩu', 'dang bo co so', 'duk'],
      ['nk.cb-b', 'Chi bộ Bình Minh', 'chi_bo', 'nk'],
    ]);
    const res = await upload('/api/units/import', file, 'nhap.csv');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ created: 4 });
    const nk = await idOf('nk');
    const list = await t.app.inject({ url: `/api/units?parentId=${nk}`, headers: { cookie: admin } });
    expect(list.json().map((u: { name: string }) => u.name)).toEqual(['Chi bộ Ánh Dương', 'Chi bộ Bình Minh']);
    const rows = await t.database.db.selectFrom('org_unit').select(['code', 'path', 'depth', 'kind']).where('code', 'like', 'nk%').orderBy('depth').execute();
    const duk = await t.database.db.selectFrom('org_unit').select(['path', 'depth']).where('code', '=', 'duk').executeTakeFirstOrThrow();
    expect(rows.map((r) => [r.code, r.depth, r.kind])).toEqual([['nk', duk.depth + 1, 'dang_bo_co_so'], ['nk.cb-a', duk.depth + 2, 'chi_bo'], ['nk.cb-b', duk.depth + 2, 'chi_bo'], ['nk.cb-a.to1', duk.depth + 3, 'chi_bo']]);
    expect(rows.every((r) => r.path.startsWith(`${duk.path}${nk}/`))).toBe(true);
    const after = await counts();
    expect(after).toEqual({ units: before.units + 4, events: before.events + 5 });
    const summary = await t.database.db.selectFrom('audit_event').selectAll().where('action', '=', 'import').executeTakeFirstOrThrow();
    expect(summary).toMatchObject({ actor_username: 'admin', entity: 'org_unit', after: { file: 'nhap.csv', created: 4 } });
  });

  it('chỉ quản trị viên được xem trước và nhập tệp', async () => {
    const canbo = await t.login('canbo');
    const file = csvOf([HEADER, ['x1', 'X', 'chi_bo', 'duk']]);
    expect((await upload('/api/units/import/preview', file, 'a.csv', canbo)).statusCode).toBe(403);
    expect((await upload('/api/units/import', file, 'a.csv', canbo)).statusCode).toBe(403);
    expect(await t.database.db.selectFrom('org_unit').select('id').where('code', '=', 'x1').executeTakeFirst()).toBeUndefined();
  });

  it('xuất Excel: tiêu đề có định dạng, cố định dòng đầu, có bộ lọc, cùng cột với tệp nhập, cha trước con', async () => {
    const res = await exportAs(admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="don-vi-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const wb = await readXlsx(res.rawPayload);
    const ws = wb.getWorksheet('Đơn vị')!;
    const rows = sheetRows(ws);
    expect(rows[0]).toEqual(HEADER);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(1).getCell(4).fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    const active = await t.database.db.selectFrom('org_unit').select('code').where('active', '=', true).execute();
    expect(rows.slice(1).map((r) => r[0]).sort()).toEqual(active.map((r) => r.code).sort());
    expect(rows.find((r) => r[0] === 'cucthongke')).toEqual(['cucthongke', 'Cục Thống kê tỉnh Yên Bái', 'Đảng bộ cơ sở', 'duk']);
    const lineOf = new Map(rows.map((r, i) => [r[0], i]));
    for (const [i, r] of rows.entries()) if (i > 0 && r[3]) expect(lineOf.get(r[3])!, r[0]).toBeLessThan(i);
    expect(wb.getWorksheet('Loại đơn vị')).toBeDefined();
  });

  it('bản xuất đổi mã rồi nhập lại được nguyên cây', async () => {
    const canbo = await t.login('canbo');
    const wb = await readXlsx((await exportAs(canbo)).rawPayload);
    const ws = wb.getWorksheet('Đơn vị')!;
    const rows = sheetRows(ws);
    expect(rows[1]).toEqual(['duk', 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái', 'Đảng ủy / cấp ủy', '']);
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.getCell(1).value = `copy.${String(row.getCell(1).value)}`;
      row.getCell(4).value = row.getCell(4).value ? `copy.${String(row.getCell(4).value)}` : 'tinhuy';
    });
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const preview = (await upload('/api/units/import/preview', edited, 'sua.xlsx')).json<TImportPreview>();
    expect(preview.problems).toEqual([]);
    const res = await upload('/api/units/import', edited, 'sua.xlsx');
    expect(res.json()).toEqual({ created: rows.length - 1 });
    const copy = await idOf('copy.cucthongke');
    const cells = await t.app.inject({ url: `/api/units?parentId=${copy}`, headers: { cookie: admin } });
    expect(cells.json().map((u: { code: string }) => u.code)).toEqual(['copy.cucthongke.cb-tonghop', 'copy.cucthongke.cb-vanphong']);
  });

  it('cán bộ xuất được cây Đảng ủy Khối (không lộ cấp trên ngoài phạm vi); đơn vị cơ sở không được xuất', async () => {
    const rows = sheetRows((await readXlsx((await exportAs(await t.login('canbo'))).rawPayload)).getWorksheet('Đơn vị')!);
    expect(rows[1]?.[0]).toBe('duk');
    expect(rows[1]?.[3]).toBe('');
    expect(rows.some((r) => r[0] === 'tinhuy' || r[0] === 'chinhphu')).toBe(false);
    expect(rows.some((r) => r[0] === 'cdyenbai.cb-giangvien')).toBe(true);
    expect((await exportAs(await t.login('cucthongke'))).statusCode).toBe(403);
  });

  it('đơn vị ngừng hoạt động chỉ có trong bản xuất khi yêu cầu, kèm cột Trạng thái', async () => {
    const id = await idOf('thuvien');
    expect((await t.app.inject({ method: 'PATCH', url: `/api/units/${id}`, payload: { active: false }, headers: { cookie: admin } })).statusCode).toBe(200);
    const plain = sheetRows((await readXlsx((await exportAs(admin)).rawPayload)).getWorksheet('Đơn vị')!);
    expect(plain.some((r) => r[0] === 'thuvien')).toBe(false);
    const all = sheetRows((await readXlsx((await exportAs(admin, '?includeInactive=true')).rawPayload)).getWorksheet('Đơn vị')!);
    expect(all[0]).toEqual([...HEADER, 'Trạng thái']);
    expect(all.find((r) => r[0] === 'thuvien')?.[4]).toBe('Ngừng hoạt động');
    expect(all.find((r) => r[0] === 'cucthongke')?.[4]).toBe('Đang hoạt động');
  });

  it('tệp 50 MB (quá giới hạn 20 MB) bị từ chối 413 bằng tiếng Việt, không ghi gì', async () => {
    const before = await counts();
    const big = Buffer.concat([csvOf([HEADER, ['lon', 'Lớn', 'chi_bo', 'duk']]), Buffer.alloc(50 * 1024 * 1024, 0x20)]);
    const res = await upload('/api/units/import', big, 'lon.csv');
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ error: { code: 'FILE_TOO_LARGE', message: 'Tệp tải lên vượt quá 20 MB.' } });
    expect(await counts()).toEqual(before);
    expect((await t.app.inject({ url: '/api/units', headers: { cookie: admin } })).statusCode).toBe(200);
  });

  it('tệp sai cột, tệp xlsx hỏng, tệp rỗng: 400 với thông báo rõ, không ghi gì', async () => {
    const before = await counts();
    const wrong = await upload('/api/units/import', csvOf([['Mã', 'Tên đơn vị', 'Kiểu'], ['a', 'A', 'chi_bo']]), 'sai.csv');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toEqual({ code: 'IMPORT_COLUMNS', message: expect.stringMatching(/^Thiếu cột "Loại", "Mã đơn vị cấp trên"/) });
    const good = await xlsxOf([HEADER, ['hong', 'Hỏng', 'chi_bo', 'duk']]);
    const corrupt = Buffer.concat([good.subarray(0, 40), Buffer.alloc(2000, 7)]);
    const broken = await upload('/api/units/import/preview', corrupt, 'hong.xlsx');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error).toEqual({ code: 'IMPORT_UNREADABLE', message: expect.stringMatching(/Excel bị hỏng/) });
    const empty = await upload('/api/units/import/preview', Buffer.alloc(0), 'rong.csv');
    expect(empty.json().error).toEqual({ code: 'IMPORT_EMPTY', message: 'Tệp tải lên rỗng.' });
    expect(await counts()).toEqual(before);
  });

  it('yêu cầu không kèm tệp, sai tên trường hoặc không phải multipart nhận lỗi 4xx tiếng Việt', async () => {
    const file = csvOf([HEADER, ['a', 'A', 'chi_bo', 'duk']]);
    const wrongField = await upload('/api/units/import/preview', file, 'a.csv', admin, 'tep');
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.message).toMatch(/trường "file"/);
    const noFile = await t.app.inject({ method: 'POST', url: '/api/units/import/preview', payload: new FormData(), headers: { cookie: admin } });
    expect(noFile.json().error).toEqual({ code: 'FILE_REQUIRED', message: expect.stringMatching(/Chưa chọn tệp/) });
    const json = await t.app.inject({ method: 'POST', url: '/api/units/import', payload: { file: 'a' }, headers: { cookie: admin } });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.message).toMatch(/multipart\/form-data/);
  });

  it('hai lần nhập cùng một tệp cùng lúc: chỉ một lần tạo đơn vị', async () => {
    const file = csvOf([HEADER, ['song-song', 'Song song', 'chi_bo', 'duk'], ['song-song.a', 'Con', 'chi_bo', 'song-song']]);
    const results = await Promise.all([upload('/api/units/import', file, 'a.csv'), upload('/api/units/import', file, 'a.csv')]);
    expect(results.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect([400, 409]).toContain(results.find((r) => r.statusCode !== 201)?.statusCode);
    const made = await t.database.db.selectFrom('org_unit').select('id').where('code', 'like', 'song-song%').execute();
    expect(made).toHaveLength(2);
  });
});

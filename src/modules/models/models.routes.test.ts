import ExcelJS from 'exceljs';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import type { TModelDetail, TModelImportPreview, TModelPage } from './models.schemas';

/** A multipart upload of an XLSX built from rows (first row: the header). */
async function xlsxUpload(url: string, rows: (string | number)[][]): Promise<InjectOptions> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mô hình');
  for (const r of rows) ws.addRow(r);
  const data = Buffer.from(await wb.xlsx.writeBuffer());
  const boundary = 'nhap-mo-hinh';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="mo-hinh.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return { method: 'POST' as const, url, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]) };
}

const HEADER = ['Mã đơn vị', 'Tên mô hình', 'Cấp', 'Lĩnh vực', 'Năm', 'Mục tiêu'];

describe.each(DIALECTS)('sổ mô hình Dân vận khéo (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['admin', 'canbo', 'lanhdao', 'cucthongke']) cookie[u] = await t.login(u);
  });
  afterAll(async () => { await t?.close(); });

  const get = <T>(who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } }).then((r) => {
    expect(r.statusCode, r.body).toBe(200);
    return r.json<T>();
  });
  const inject = (who: string, opts: InjectOptions) => t.app.inject({ ...opts, headers: { ...opts.headers, cookie: cookie[who]! } });

  it('năm 2024 có 133 mô hình: 2 cấp Khối và 131 cấp cơ sở, lọc được theo năm và cấp', async () => {
    expect((await get<TModelPage>('canbo', '/api/models?year=2024&pageSize=1')).total).toBe(133);
    expect((await get<TModelPage>('canbo', '/api/models?year=2024&level=khoi')).total).toBe(2);
    expect((await get<TModelPage>('canbo', '/api/models?year=2024&level=co_so&pageSize=1')).total).toBe(131);
  });

  it('tìm theo tên không phân biệt dấu, sắp theo thứ tự tiếng Việt', async () => {
    const all = await get<TModelPage>('canbo', '/api/models?pageSize=500');
    const sample = all.items[3]!;
    const folded = sample.name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toUpperCase();
    const found = await get<TModelPage>('canbo', `/api/models?q=${encodeURIComponent(folded)}`);
    expect(found.items.map((m) => m.id)).toContain(sample.id);
    const names = all.items.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => new Intl.Collator('vi', { sensitivity: 'base', numeric: true }).compare(a, b) || 0));
  });

  it('tài khoản đơn vị chỉ thấy mô hình của đơn vị mình và không đánh giá được', async () => {
    const own = await unitIdOf(t.database.db, 'cucthongke');
    const page = await get<TModelPage>('cucthongke', '/api/models?pageSize=500');
    expect(page.items.every((m) => m.unit.id === own)).toBe(true);
    const other = (await get<TModelPage>('canbo', '/api/models?pageSize=500')).items.find((m) => m.unit.id !== own)!;
    expect((await inject('cucthongke', { method: 'GET', url: `/api/models/${other.id}` })).statusCode).toBe(404);
    if (page.items[0]) {
      const res = await inject('cucthongke', { method: 'PUT', url: `/api/models/${page.items[0].id}/years/2024/evaluation`, payload: { achieved: true } });
      expect(res.statusCode).toBe(403);
    }
  });

  it('một mô hình tiếp tục từ 2023 là một mô hình với hai năm; đánh giá cuối năm và công nhận điển hình được ghi nhật ký', async () => {
    const two = (await get<TModelPage>('canbo', '/api/models?year=2024&pageSize=500')).items.find((m) => m.years.join() === '2023,2024')!;
    expect(two).toBeDefined();
    const detail = await get<TModelDetail>('canbo', `/api/models/${two.id}`);
    expect(detail.yearRows.map((y) => [y.year, y.continuing])).toEqual([[2023, false], [2024, true]]);
    const url = `/api/models/${two.id}/years/2024/evaluation`;
    const bad = await inject('canbo', { method: 'PUT', url, payload: { achieved: false, recognition: 'khoi' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('không thể công nhận điển hình');
    expect((await inject('lanhdao', { method: 'PUT', url, payload: { achieved: true } })).statusCode).toBe(403);
    expect((await inject('canbo', { method: 'PUT', url: `/api/models/${two.id}/years/2019/evaluation`, payload: { achieved: true } })).statusCode).toBe(404);
    const ok = await inject('canbo', { method: 'PUT', url, payload: { achieved: true, score: 92, notes: 'Hiệu quả rõ', recognition: 'tinh' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<TModelDetail>().yearRows[1]!.evaluation).toMatchObject({ achieved: true, score: 92, notes: 'Hiệu quả rõ', recognition: 'tinh' });
    expect(ok.json<TModelDetail>().recognition).toBe('tinh');
    const mirrored = await t.database.db.selectFrom('dvk_model_year').select(['evaluation', 'recognized']).where('model_id', '=', two.id).where('year', '=', 2024).executeTakeFirstOrThrow();
    expect(mirrored).toEqual({ evaluation: 'Đạt — 92 điểm — Hiệu quả rõ', recognized: true });
    expect((await get<TModelPage>('lanhdao', '/api/models?recognized=true')).items.map((m) => m.id)).toContain(two.id);
    const audit = await t.database.db.selectFrom('audit_event').select(['action', 'entity_id']).where('entity', '=', 'dvk_model').execute();
    expect(audit).toEqual([{ action: 'evaluate', entity_id: String(two.id) }]);
  });

  it('nhập từ Excel: xem trước từng dòng với lý do lỗi tiếng Việt, có lỗi thì không ghi gì', async () => {
    const existing = (await get<TModelPage>('canbo', '/api/models?year=2024&pageSize=500')).items.find((m) => m.unit.code === 'cucthongke' || m.unit.code === 'cdyenbai')!;
    const rows = [HEADER,
      ['cdyenbai', 'Sinh viên tình nguyện mùa hè xanh', 'Cơ sở', 'Văn hóa – xã hội', 2024, 'Giúp dân'],
      ['khongco', 'Mô hình lạ', 'Cơ sở', 'Kinh tế', 2024, ''],
      ['cdyenbai', 'Mô hình cấp sai', 'Huyện', 'Kinh tế', 2024, ''],
      ['cdyenbai', 'Mô hình lĩnh vực sai', 'Khối', 'Thể thao', 2024, ''],
      ['cdyenbai', 'SINH VIEN TINH NGUYEN MUA HE XANH', 'Cơ sở', 'Văn hóa – xã hội', 2024, ''],
      [existing.unit.code, existing.name, 'Cơ sở', 'Kinh tế', 2024, ''],
    ];
    const before = await t.database.db.selectFrom('dvk_model').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const preview = await inject('canbo', await xlsxUpload('/api/models/import/preview', rows));
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json<TModelImportPreview>();
    expect(p).toMatchObject({ valid: false, badRows: 5 });
    expect(p.rows.map((r) => [r.line, r.ok, r.action])).toEqual([[2, true, 'new_model'], [3, false, null], [4, false, null], [5, false, null], [6, false, null], [7, false, null]]);
    expect(p.rows[1]!.error).toContain('Không có đơn vị mã "khongco"');
    expect(p.rows[2]!.error).toContain('Cấp "Huyện" không hợp lệ');
    expect(p.rows[3]!.error).toContain('Lĩnh vực "Thể thao" không hợp lệ');
    expect(p.rows[4]!.error).toContain('Trùng với dòng 2');
    expect(p.rows[5]!.error).toContain('đã có năm 2024');
    const refused = await inject('canbo', await xlsxUpload('/api/models/import', rows));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('IMPORT_INVALID');
    const after = await t.database.db.selectFrom('dvk_model').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('tệp mẫu tải về có đủ cột nhập, và xem trước đọc được nó (dòng ví dụ hợp lệ)', async () => {
    const res = await inject('canbo', { method: 'GET', url: '/api/models/import/template.xlsx' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect((wb.worksheets[0]!.getRow(1).values as string[]).slice(1)).toEqual(HEADER);
    const rows = (wb.worksheets[0]!.getSheetValues().slice(1) as unknown[][]).map((r) => r.slice(1) as (string | number)[]);
    const preview = await inject('canbo', await xlsxUpload('/api/models/import/preview', rows));
    expect(preview.json<TModelImportPreview>()).toMatchObject({ valid: true, rows: [{ line: 2, ok: true, action: 'new_model' }] });
  });

  it('nhập tệp hợp lệ: mô hình mới qua hai năm thành một mô hình, năm sau là tiếp tục', async () => {
    const rows = [HEADER,
      ['cdyenbai', 'Thư viện số cho thôn bản', 'Cơ sở', 'van_hoa_xa_hoi', 2024, 'Sách đến bản'],
      ['cdyenbai', 'Thư viện số cho thôn bản', 'cơ sở', 'Văn hoá - xã hội', 2023, ''],
    ];
    const res = await inject('canbo', await xlsxUpload('/api/models/import', rows));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ models: 1, years: 2 });
    const found = await get<TModelPage>('canbo', '/api/models?q=thu%20vien%20so');
    expect(found.items).toHaveLength(1);
    const detail = await get<TModelDetail>('canbo', `/api/models/${found.items[0]!.id}`);
    expect(detail).toMatchObject({ firstYear: 2023, field: 'van_hoa_xa_hoi', level: 'co_so' });
    expect(detail.yearRows.map((y) => [y.year, y.continuing, y.submissionId])).toEqual([[2023, false, null], [2024, true, null]]);
    const audit = await t.database.db.selectFrom('audit_event').select('after').where('entity', '=', 'dvk_model').where('action', '=', 'import').executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ file: 'mo-hinh.xlsx', models: 1, years: 2 });
  });
});

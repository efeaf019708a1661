import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { DEFAULT_SUMMARY_TEMPLATE } from '../../domain/report-summary';
import { docxXml, paragraphs } from './reports.fixtures';

describe.each(DIALECTS)('GET/PUT /api/reports/template (%s)', (kind) => {
  let t: TestApp;
  let staff: string;
  let documentId: number;
  const put = (body: unknown, cookie = staff) => t.app.inject({ method: 'PUT', url: '/api/reports/template', headers: { cookie }, payload: body as object });
  const templates = async () => Number((await t.database.db.selectFrom('report_template').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    t = await buildTestApp(kind);
    staff = await t.login('canbo');
    documentId = (await t.database.db.selectFrom('document').select('id').where('symbol_key', '=', '1720-CV/DUK').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  it('chưa sửa thì là mẫu mặc định, kèm danh sách chỗ điền', async () => {
    const res = await t.app.inject({ url: '/api/reports/template', headers: { cookie: staff } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ body: DEFAULT_SUMMARY_TEMPLATE, isDefault: true, updatedAt: null, defaultBody: DEFAULT_SUMMARY_TEMPLATE });
    expect(res.json().placeholders).toContainEqual({ placeholder: '{{dvk.tongMoHinh}}', description: 'tổng số mô hình đăng ký' });
  });

  it('chỗ điền không có: 400 kèm danh sách chỗ điền được dùng, không lưu gì', async () => {
    const res = await put({ body: 'Đã có {{dvk.soMoHinh}} mô hình.' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('TEMPLATE_UNKNOWN_PLACEHOLDER');
    expect(error.message).toContain('chỗ điền không có "dvk.soMoHinh" (dòng 1)');
    expect(error.message).toContain('{{dvk.tongMoHinh}}');
    expect(error.known).toContain('{{dvk.tongMoHinh}}');
    expect((await put({ body: '{{#yeuCau}}chưa đóng' })).json().error.code).toBe('TEMPLATE_SYNTAX');
    expect((await put({ body: '   ' })).statusCode).toBe(400);
    expect(await templates()).toBe(0);
  });

  it('lưu mẫu của cấp ủy, ghi nhật ký trước/sau, và báo cáo dùng lời văn mới', async () => {
    const body = 'Cấp ủy {{coQuan}} có {{dvk.tongMoHinh}} mô hình ({{dvk.capKhoi}} cấp Khối).\n{{#yeuCau}}\n# Mục {{stt}}: {{tieuDe}}\n{{/yeuCau}}';
    const res = await put({ body });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ body, isDefault: false, updatedBy: expect.any(String) });
    const audit = await t.database.db.selectFrom('audit_event').select(['action', 'before', 'after']).where('entity', '=', 'report_template').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', before: null });
    // The admin works in the same committee (Đảng ủy Khối): one template for both.
    const admin = await t.login('admin');
    expect((await t.app.inject({ url: '/api/reports/template', headers: { cookie: admin } })).json().body).toBe(body);
    const docx = await t.app.inject({ url: `/api/reports/summary.docx?documentId=${documentId}&asOf=2024-05-15`, headers: { cookie: staff } });
    const lines = paragraphs(await docxXml(docx.rawPayload));
    expect(lines).toContain('Cấp ủy Đảng ủy Khối cơ quan và doanh nghiệp tỉnh có 133 mô hình (02 cấp Khối).');
    expect(lines).toContain('Mục 1: Đăng ký mô hình "Dân vận khéo" năm 2024');

    expect((await put({ body: DEFAULT_SUMMARY_TEMPLATE }, admin)).statusCode).toBe(200);
    const second = await t.database.db.selectFrom('audit_event').select(['action', 'before', 'after']).where('entity', '=', 'report_template').where('action', '=', 'update').executeTakeFirstOrThrow();
    expect(second.before).toMatchObject({ body });
    expect(second.after).toMatchObject({ body: DEFAULT_SUMMARY_TEMPLATE.trim() });
    expect(await templates()).toBe(1);
  });

  it('lãnh đạo xem được mẫu nhưng không sửa (403); tài khoản đơn vị không xem (403)', async () => {
    const leader = await t.login('lanhdao');
    expect((await t.app.inject({ url: '/api/reports/template', headers: { cookie: leader } })).statusCode).toBe(200);
    expect((await put({ body: 'x' }, leader)).statusCode).toBe(403);
    expect((await t.app.inject({ url: '/api/reports/template', headers: { cookie: await t.login('cucthongke') } })).statusCode).toBe(403);
  });
});

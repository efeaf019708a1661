import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { auditEventsInBatches, listAuditEvents } from './audit.queries';

describe.each(DIALECTS)('xuất nhật ký ra CSV (%s)', (kind) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    admin = await t.login('admin');
  });
  afterAll(async () => { await t?.close(); });

  const exportCsv = (query = '', cookie = admin) => t.app.inject({ url: `/api/audit/export.csv${query}`, headers: { cookie } });
  const parse = (body: string) => Papa.parse<string[]>(body.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

  it('quản trị tải được toàn bộ nhật ký: mở được bằng Excel (UTF-8 có BOM), đủ mọi sự kiện, giờ Việt Nam dd/mm/yyyy', async () => {
    const res = await exportCsv();
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.body.startsWith('\uFEFFMã,Thời điểm (giờ Việt Nam),Người thực hiện')).toBe(true);
    const rows = parse(res.body);
    const total = (await listAuditEvents(t.database.db, { page: 1, pageSize: 1 })).total;
    // The export itself is logged before the file is written, so it is in the file too.
    expect(rows.length - 1).toBe(total);
    const login = rows.find((r) => r[3] === 'login' && r[2] === 'admin');
    expect(login?.[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(rows.find((r) => r[3] === 'export' && r[4] === 'audit_event')).toBeDefined();
  });

  it('cùng bộ lọc với trang nhật ký; tài khoản không phải quản trị bị từ chối', async () => {
    const rows = parse((await exportCsv('?username=admin&entity=session')).body).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r[2] === 'admin' && r[4] === 'session')).toBe(true);
    expect((await exportCsv('?from=2024-02-30')).statusCode).toBe(400);
    expect((await exportCsv('', await t.login('canbo'))).statusCode).toBe(403);
  });

  it('ô bắt đầu bằng = + - @ được thêm dấu nháy: Excel không chạy công thức ai đó gõ vào dữ liệu', async () => {
    await t.database.db.insertInto('audit_event').values({ actor_id: null, actor_username: '=HYPERLINK("http://x","bấm")', action: 'login_failed', entity: 'session', entity_id: null, before: null, after: null, ip: '127.0.0.1' }).execute();
    const rows = parse((await exportCsv('?entity=session')).body);
    expect(rows.map((r) => r[2])).toContain(`'=HYPERLINK("http://x","bấm")`);
    expect(rows.map((r) => r[2])).not.toContain('=HYPERLINK("http://x","bấm")');
  });

  it('đọc theo lô bằng khóa (không theo offset): đủ, đúng thứ tự, không trùng', async () => {
    const seen: string[] = [];
    for await (const batch of auditEventsInBatches(t.database.db, {}, 3)) {
      expect(batch.length).toBeLessThanOrEqual(3);
      seen.push(...batch.map((e) => e.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => a - b));
    expect(seen.length).toBe((await listAuditEvents(t.database.db, { page: 1, pageSize: 1 })).total);
  });
});

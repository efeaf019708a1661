import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import type { TCriteria, TRanking, TRankingRow } from './emulation.schemas';

describe.each(DIALECTS)('thi đua: tiêu chí và xếp hạng (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const req: Record<string, number> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const c of ['cucthongke', 'cdyenbai', 'bqlkcn']) ids[c] = await unitIdOf(t.database.db, c);
  });
  afterAll(async () => { await t?.close(); });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  /** Moves the clock and logs everyone in again; accounts are marked active just before, so the jump does not make them dormant. */
  const at = async (iso: string) => {
    t.clock.now = new Date(iso);
    await t.database.db.updateTable('app_user').set({ last_login_at: t.clock.now }).execute();
    for (const u of ['admin', 'canbo', 'lanhdao', 'cucthongke', 'cdyenbai']) cookie[u] = await t.login(u);
  };
  async function createReq(name: string, kind: string, deadline: string) {
    const targets = ['cucthongke', 'cdyenbai', 'bqlkcn'].map((c) => ({ rule: 'unit', unitId: ids[c] }));
    const res = await call('canbo', 'POST', '/api/requirements', { kind, title: `Thi đua: ${name}`, deadline, year: 2030, targets });
    expect(res.statusCode, res.body).toBe(201);
    req[name] = res.json().id;
  }
  async function submitReport(code: string, when: string): Promise<number> {
    await at(when);
    const draft = await call(code, 'PUT', `/api/requirements/${req.report}/submission`, { content: { text: 'Đã thực hiện' }, version: 0 });
    expect((await call(code, 'POST', `/api/submissions/${draft.json().id}/submit`, { version: draft.json().version })).statusCode).toBe(200);
    return draft.json().id as number;
  }
  async function modelFor(code: string, name: string, year: number): Promise<number> {
    const db = t.database.db;
    const m = await db.insertInto('dvk_model').values({ unit_id: ids[code]!, name, name_key: name.toLowerCase(), level: 'co_so', field: 'kinh_te', first_year: year })
      .returning('id').executeTakeFirstOrThrow();
    await db.insertInto('dvk_model_year').values({ model_id: m.id, year, submission_id: null as unknown as number, continuing: false }).execute();
    return m.id;
  }

  it('chưa cấu hình thì dùng sáu tiêu chí mặc định, tổng trọng số 100, mỗi tiêu chí có cách tính', async () => {
    await at('2030-01-02T02:00:00Z');
    const res = await call('lanhdao', 'GET', '/api/emulation/criteria?year=2030');
    expect(res.statusCode, res.body).toBe(200);
    const c = res.json<TCriteria>();
    expect(c).toMatchObject({ year: 2030, isDefault: true, maxTotal: 100 });
    expect(c.criteria.map((x) => x.key)).toEqual(['on_time', 'accepted', 'models_registered', 'models_recognized', 'qcdc_plan', 'self_inspection']);
    expect(c.criteria.every((x) => x.definition.length > 20)).toBe(true);
  });

  it('lãnh đạo không được đặt tiêu chí; khai trùng tiêu chí bị từ chối với thông báo tiếng Việt', async () => {
    const body = { year: 2030, criteria: [{ key: 'on_time', weight: 50 }] };
    expect((await call('lanhdao', 'PUT', '/api/emulation/criteria', body)).statusCode).toBe(403);
    const dup = await call('canbo', 'PUT', '/api/emulation/criteria', { year: 2030, criteria: [{ key: 'on_time', weight: 50 }, { key: 'on_time', weight: 10 }] });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toContain('Mỗi tiêu chí chỉ khai báo một lần');
  });

  it('xếp hạng tính lại được bằng tay cho ba đơn vị, và xuất Excel cùng số điểm', async () => {
    // Criteria of the small case: self-inspection off, models need 2 for full points.
    const put = await call('canbo', 'PUT', '/api/emulation/criteria', { year: 2030, criteria: [
      { key: 'on_time', weight: 40 }, { key: 'accepted', weight: 20 }, { key: 'models_registered', weight: 20, target: 2 },
      { key: 'models_recognized', weight: 10 }, { key: 'qcdc_plan', weight: 10 }, { key: 'self_inspection', weight: 10, enabled: false },
    ] });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<TCriteria>()).toMatchObject({ isDefault: false, maxTotal: 100 });
    const audit = await t.database.db.selectFrom('audit_event').select('action').where('entity', '=', 'emulation_criterion').execute();
    expect(audit.map((a) => a.action)).toEqual(['set_criteria']);

    await createReq('report', 'report', '2030-03-31');
    await createReq('plan', 'democracy_plan', '2030-06-30');
    const a1 = await submitReport('cucthongke', '2030-03-10T03:00:00Z'); // on time
    await submitReport('cdyenbai', '2030-04-10T03:00:00Z'); // late
    expect((await call('canbo', 'POST', `/api/submissions/${a1}/accept`)).statusCode).toBe(200);
    // cucthongke's QCDC plan, handed in before its deadline (the content workflow is not what is scored here).
    const sent = new Date('2030-05-02T03:00:00Z');
    await t.database.db.insertInto('submission').values({
      requirement_id: req.plan!, unit_id: ids.cucthongke!, status: 'submitted', content: '{}', created_at: sent, first_submitted_at: sent, submitted_at: sent,
    }).execute();
    const aModel = await modelFor('cucthongke', 'Mô hình thi đua A', 2030);
    await modelFor('cdyenbai', 'Mô hình thi đua B1', 2030);
    await modelFor('cdyenbai', 'Mô hình thi đua B2', 2030);
    await at('2030-07-20T03:00:00Z');
    const ev = await call('canbo', 'PUT', `/api/models/${aModel}/years/2030/evaluation`, { achieved: true, score: 90, recognition: 'khoi' });
    expect(ev.statusCode, ev.body).toBe(200);

    const res = await call('lanhdao', 'GET', '/api/emulation/ranking?year=2030&asOf=2030-07-15');
    expect(res.statusCode, res.body).toBe(200);
    const ranking = res.json<TRanking>();
    const row = (code: string) => ranking.rows.find((r) => r.unit.code === code)!;
    const points = (r: TRankingRow) => Object.fromEntries(r.lines.map((l) => [l.key, l.points]));
    // cucthongke: 2 due, 2 on time → 40; 1 of 2 accepted → 20 × 1/2 = 10; 1 model of target 2 → 20 × 1/2 = 10;
    // 1 recognised of target 1 → 10; QCDC plan in → 10. Total 80.
    expect(points(row('cucthongke'))).toEqual({ on_time: 40, accepted: 10, models_registered: 10, models_recognized: 10, qcdc_plan: 10 });
    expect(row('cucthongke').total).toBe(80);
    // cdyenbai: report late, plan missing → 0; nothing accepted → 0; 2 models of target 2 → 20; nothing else. Total 20.
    expect(points(row('cdyenbai'))).toEqual({ on_time: 0, accepted: 0, models_registered: 20, models_recognized: 0, qcdc_plan: 0 });
    expect(row('cdyenbai').total).toBe(20);
    // bqlkcn: both due and neither handed in. Total 0.
    expect(row('bqlkcn').total).toBe(0);
    expect(row('cucthongke').lines.find((l) => l.key === 'on_time')).toMatchObject({ raw: 1, weight: 40, label: 'Gửi đúng hạn' });
    expect(row('cucthongke').rank).toBe(ranking.rows.filter((r) => r.total > 80).length + 1);
    expect(row('cdyenbai').rank).toBeGreaterThan(row('cucthongke').rank);

    const file = await call('lanhdao', 'GET', '/api/emulation/ranking.xlsx?year=2030&asOf=2030-07-15');
    expect(file.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.getCell('A1').value).toBe('Hạng');
    const line = ws.getSheetValues().find((v) => Array.isArray(v) && v[2] === 'cucthongke') as unknown[];
    expect(line.at(-1)).toBe(80);
  });

  it('đơn vị ngoài phạm vi trả 404; tài khoản đơn vị không xem được bảng xếp hạng', async () => {
    const bdvtu = await unitIdOf(t.database.db, 'bdvtu');
    expect((await call('canbo', 'GET', `/api/emulation/ranking?year=2030&unitId=${bdvtu}`)).statusCode).toBe(404);
    expect((await call('cucthongke', 'GET', '/api/emulation/ranking?year=2030')).statusCode).toBe(403);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import type { TProgress } from '../requirements/requirements.schemas';
import type { TDashboard, TRequirementSeries } from './dashboard.schemas';

/** The demo committee as of 15/5/2024: the registration and the QCDC plan were given on 26/3 with deadline 30/4. */
describe.each(DIALECTS)('GET /api/dashboard (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['canbo', 'lanhdao', 'admin', 'cucthongke']) cookie[u] = await t.login(u);
  });
  afterAll(async () => { await t?.close(); });

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: cookie[who]! } });
  const board = async (query: string, who = 'lanhdao') => {
    const res = await get(who, `/api/dashboard${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TDashboard>();
  };
  const byKind = (d: TDashboard, k: TRequirementSeries['kind']) => d.requirements.find((r) => r.kind === k)!;
  const day = (r: TRequirementSeries, date: string) => r.days.find((p) => p.date === date);

  it('ngày 15/05/2024: hai yêu cầu đang mở đã giao; đăng ký mô hình 30/74, kế hoạch QCDC 40/74, cộng dồn từng ngày đến 30', async () => {
    const d = await board('?asOf=2024-05-15');
    expect(d).toMatchObject({ asOf: '2024-05-15', year: 2024, unit: null });
    expect(d.requirements.map((r) => r.kind).sort()).toEqual(['democracy_plan', 'model_registration']);
    const reg = byKind(d, 'model_registration');
    expect(reg).toMatchObject({ createdOn: '2024-03-26', deadline: '2024-04-30', targeted: 74, submitted: 30 });
    expect(byKind(d, 'democracy_plan')).toMatchObject({ targeted: 74, submitted: 40 });
    expect(reg.days[0]!.date).toBe('2024-03-26');
    expect(day(reg, '2024-04-30')).toBeDefined();
    const last = reg.days.at(-1)!;
    expect(last.date <= '2024-05-15').toBe(true);
    expect(last.cumulative).toBe(30);
    // The running total never falls, and each day's count is what it adds.
    reg.days.forEach((p, i) => expect(p.cumulative).toBe((i === 0 ? 0 : reg.days[i - 1]!.cumulative!) + p.count));
    expect(day(reg, '2024-04-30')!.cumulative).toBe(reg.onTime);
    expect(reg.onTime + reg.late).toBe(30);
    expect(reg.missing).toBe(44);
  });

  it('không chọn ngày: tính đến hôm nay, có cả bốn yêu cầu đang mở của công văn 1720; đăng ký mô hình vẫn 30/74', async () => {
    const d = await board('');
    expect(d.asOf).toBe(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10));
    expect(d.requirements.map((r) => r.kind).sort()).toEqual(['democracy_plan', 'model_registration', 'report', 'self_inspection']);
    expect(byKind(d, 'model_registration').submitted).toBe(30);
    expect(byKind(d, 'self_inspection').days[0]!.date).toBe('2024-05-22');
  });

  it('khớp với trang tiến độ của từng yêu cầu: đúng hạn, muộn, quá hạn', async () => {
    const d = await board('?asOf=2024-05-15');
    for (const r of d.requirements) {
      const p = (await get('lanhdao', `/api/requirements/${r.id}/progress?asOf=2024-05-15`)).json<TProgress>();
      expect({ targeted: r.targeted, submitted: r.submitted, onTime: r.onTime, late: r.late, missing: r.missing })
        .toEqual({ targeted: p.targeted, submitted: p.submitted, onTime: p.onTime, late: p.late, missing: p.missing });
    }
  });

  it('theo loại đơn vị: đảng bộ cơ sở và chi bộ cơ sở cộng lại đúng tổng', async () => {
    const reg = byKind(await board('?asOf=2024-05-15'), 'model_registration');
    expect(reg.byKind.map((k) => k.kind).sort()).toEqual(['chi_bo_co_so', 'dang_bo_co_so']);
    expect(reg.byKind.find((k) => k.kind === 'dang_bo_co_so')!.targeted).toBe(31);
    expect(reg.byKind.find((k) => k.kind === 'chi_bo_co_so')!.targeted).toBe(43);
    expect(reg.byKind.reduce((a, k) => a + k.submitted, 0)).toBe(30);
  });

  it('mô hình năm 2024 theo cấp (2 cấp Khối, 131 cấp cơ sở) và theo lĩnh vực; năm 2023 có 101 mô hình cơ sở', async () => {
    const d = await board('?asOf=2024-05-15');
    const sum = (pred: (m: TDashboard['models'][number]) => boolean) => d.models.filter(pred).reduce((a, m) => a + m.count, 0);
    expect(sum((m) => m.level === 'khoi')).toBe(2);
    expect(sum((m) => m.level === 'co_so')).toBe(131);
    expect(sum((m) => m.field === 'kinh_te')).toBe(38);
    expect(sum((m) => m.field === 'quoc_phong_an_ninh')).toBe(20);
    const y2023 = await board('?asOf=2024-05-15&year=2023');
    expect(y2023.year).toBe(2023);
    expect(y2023.models.reduce((a, m) => a + m.count, 0)).toBe(101);
    expect(y2023.models.every((m) => m.level === 'co_so')).toBe(true);
  });

  it('trước ngày gửi: ngày 15/04/2024 các ngày sau ngày tính chưa có số; trước khi giao thì không có yêu cầu, mô hình mặc định là năm 2023', async () => {
    const reg = byKind(await board('?asOf=2024-04-15'), 'model_registration');
    expect(reg.days.at(-1)).toMatchObject({ date: '2024-04-30', cumulative: null });
    expect(day(reg, '2024-04-16')!.cumulative).toBeNull();
    expect(day(reg, '2024-04-15')!.cumulative).toBe(reg.submitted);
    expect(reg.submitted).toBeLessThan(30);
    const before = await board('?asOf=2024-03-01');
    expect(before.requirements).toEqual([]);
    expect(before.topUnits).toEqual([]);
    // No 2024 model was sent yet, so the dashboard opens on 2023, the latest year with models; 2024 asked for is empty.
    expect(before.year).toBe(2023);
    expect(before.models.reduce((a, m) => a + m.count, 0)).toBe(101);
    expect((await board('?asOf=2024-03-01&year=2024')).models).toEqual([]);
  });

  it('đơn vị chậm: đứng đầu là đơn vị quá hạn cả hai yêu cầu; số liệu giảm dần', async () => {
    const d = await board('?asOf=2024-05-15');
    expect(d.topUnits.length).toBe(10);
    expect(d.topUnits[0]!.missing).toBe(2);
    const keys = d.topUnits.map((u) => u.missing * 100 + u.late);
    expect([...keys].sort((a, b) => b - a)).toEqual(keys);
  });

  it('theo cây con: một đơn vị cơ sở chỉ đếm chính nó; đơn vị không có trong phạm vi trả 404', async () => {
    const id = await unitIdOf(t.database.db, 'cucthongke');
    const d = await board(`?asOf=2024-05-15&unitId=${id}`, 'canbo');
    expect(d.unit).toMatchObject({ id });
    expect(d.requirements.every((r) => r.targeted === 1)).toBe(true);
    const missing = await get('canbo', '/api/dashboard?unitId=2000000000');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy đơn vị.');
  });

  it('quản trị xem được; tài khoản đơn vị bị từ chối; ngày sai báo lỗi tiếng Việt', async () => {
    expect(byKind(await board('?asOf=2024-05-15', 'admin'), 'model_registration').submitted).toBe(30);
    expect((await get('cucthongke', '/api/dashboard')).statusCode).toBe(403);
    const bad = await get('canbo', '/api/dashboard?asOf=2024-02-30');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Ngày phải có dạng yyyy-mm-dd/);
  });
});

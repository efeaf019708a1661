import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { compareVi } from '../../vn/text';
import type { TProgress, TProgressUnit } from './requirements.schemas';

/** Accepted and returned are counted as of the asked date: a decision taken later does not count yet. */
describe.each(DIALECTS)('GET /api/requirements/:id/progress theo ngày tính (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const sub: Record<string, number> = {};
  let reqId: number;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['canbo', 'bqlkcn', 'cucthongke']) cookie[u] = await t.login(u);
  });
  afterAll(async () => { await t?.close(); });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const at = (iso: string) => { t.clock.now = new Date(iso); };
  const progress = async (asOf: string) => (await call('canbo', 'GET', `/api/requirements/${reqId}/progress?asOf=${asOf}`)).json<TProgress>();
  const units = async (asOf: string, status: string) =>
    (await call('canbo', 'GET', `/api/requirements/${reqId}/units?asOf=${asOf}&status=${status}`)).json<TProgressUnit[]>().map((u) => u.code);
  async function submit(code: string) {
    const current = (await call(code, 'GET', `/api/requirements/${reqId}/submission`)).json<{ id: number; version: number } | null>();
    const draft = await call(code, 'PUT', `/api/requirements/${reqId}/submission`, { content: { text: `Báo cáo của ${code}` }, version: current?.version ?? 0 });
    expect(draft.statusCode, draft.body).toBe(200);
    sub[code] = draft.json().id;
    const sent = await call(code, 'POST', `/api/submissions/${sub[code]}/submit`, { version: draft.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
  }

  it('chuẩn bị: hai đơn vị gửi ngày 02/9, cán bộ chấp nhận một, trả lại một ngày 10/9; đơn vị bị trả gửi lại ngày 20/9', async () => {
    at('2024-08-01T02:00:00Z');
    const res = await call('canbo', 'POST', '/api/requirements', {
      kind: 'report', title: 'Báo cáo thử theo ngày tính', deadline: '2024-09-30',
      targets: [{ rule: 'all_grassroots' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    reqId = res.json().id;
    at('2024-09-02T03:00:00Z');
    await submit('bqlkcn');
    await submit('cucthongke');
    at('2024-09-10T03:00:00Z');
    expect((await call('canbo', 'POST', `/api/submissions/${sub.bqlkcn}/accept`)).statusCode).toBe(200);
    expect((await call('canbo', 'POST', `/api/submissions/${sub.cucthongke}/return`, { comment: 'Bổ sung số liệu' })).statusCode).toBe(200);
    at('2024-09-20T03:00:00Z');
    await submit('cucthongke');
  });

  it('trước ngày quyết định: đã gửi nhưng chưa được chấp nhận hay trả lại', async () => {
    expect(await progress('2024-09-05')).toMatchObject({ submitted: 2, accepted: 0, returned: 0 });
    expect(await units('2024-09-05', 'accepted')).toEqual([]);
    expect(await units('2024-09-05', 'returned')).toEqual([]);
  });

  it('từ ngày quyết định: một được chấp nhận, một bị trả lại', async () => {
    expect(await progress('2024-09-10')).toMatchObject({ accepted: 1, returned: 1 });
    expect(await units('2024-09-15', 'accepted')).toEqual(['bqlkcn']);
    expect(await units('2024-09-15', 'returned')).toEqual(['cucthongke']);
  });

  it('sau khi gửi lại: không còn tính là bị trả lại; trạng thái từng đơn vị cũng theo ngày tính', async () => {
    expect(await progress('2024-09-20')).toMatchObject({ accepted: 1, returned: 0, submitted: 2 });
    const rows = (await call('canbo', 'GET', `/api/requirements/${reqId}/units?asOf=2024-09-05`)).json<TProgressUnit[]>();
    expect(rows.find((r) => r.code === 'bqlkcn')?.submissionStatus).toBe('submitted');
    const before = (await call('canbo', 'GET', `/api/requirements/${reqId}/units?asOf=2024-08-15`)).json<TProgressUnit[]>();
    expect(before.find((r) => r.code === 'bqlkcn')).toMatchObject({ submissionStatus: null, firstSubmittedAt: null, tracking: 'not_yet_due' });
  });

  it('đơn vị chưa gửi xếp theo hạn rồi theo tên tiếng Việt ("Bảo hiểm" trước "Bưu điện"), ở trang tiến độ và danh sách đơn vị', async () => {
    const missing = (await progress('2024-10-01')).missingUnits;
    expect(missing.length).toBeGreaterThan(40);
    const names = missing.filter((u) => u.deadline === missing.at(-1)!.deadline).map((u) => u.name);
    expect(names).toEqual([...names].sort(compareVi));
    expect(names.indexOf('Bảo hiểm xã hội tỉnh Yên Bái')).toBeLessThan(names.indexOf('Bưu điện tỉnh Yên Bái'));
    const listed = (await call('canbo', 'GET', `/api/requirements/${reqId}/units?asOf=2024-10-01&status=missing`)).json<TProgressUnit[]>();
    expect(listed.map((u) => u.id)).toEqual(missing.map((u) => u.id));
  });

  it('danh sách yêu cầu mang sẵn tiến độ từng dòng, khớp với trang tiến độ; tài khoản đơn vị không có', async () => {
    const list = (await call('canbo', 'GET', '/api/requirements')).json<{ id: number; progress?: object }[]>();
    const p = (await call('canbo', 'GET', `/api/requirements/${reqId}/progress`)).json<TProgress>();
    expect(list.find((r) => r.id === reqId)?.progress).toEqual({ targeted: p.targeted, submitted: p.submitted, missing: p.missing });
    expect(p).toMatchObject({ targeted: 74, submitted: 2 });
    expect(list.every((r) => r.progress !== undefined)).toBe(true);
    const mine = (await call('bqlkcn', 'GET', '/api/requirements')).json<{ id: number; progress?: object }[]>();
    expect(mine.find((r) => r.id === reqId)).toBeDefined();
    expect(mine.some((r) => 'progress' in r)).toBe(false);
  });
});

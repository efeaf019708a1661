import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import type { TScorecard } from './scorecard.schemas';

describe.each(DIALECTS)('GET /api/units/:id/scorecard (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const ids: Record<string, number> = {};
  const req: Record<string, number> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const c of ['cucthongke', 'cdyenbai', 'bdvtu', 'sotaichinh']) ids[c] = await unitIdOf(t.database.db, c);
  });
  afterAll(async () => { await t?.close(); });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  /** Moves the clock and logs everyone in again, since sessions expire when months pass. */
  const at = async (iso: string) => {
    t.clock.now = new Date(iso);
    for (const u of ['admin', 'canbo', 'lanhdao', 'cucthongke', 'cdyenbai']) cookie[u] = await t.login(u);
  };
  const card = async (who: string, unit: string, query = '') => {
    const res = await call(who, 'GET', `/api/units/${ids[unit]}/scorecard${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TScorecard>();
  };
  const mine = (c: TScorecard) => c.items.filter((i) => Object.values(req).includes(i.requirementId));
  async function createReq(name: string, deadline: string, overrides: { unitId: number; deadline: string }[] = []) {
    const res = await call('canbo', 'POST', '/api/requirements', {
      kind: 'report', title: `Thẻ điểm: ${name}`, deadline, year: 2030, targets: [{ rule: 'all_grassroots' }], deadlineOverrides: overrides,
    });
    expect(res.statusCode, res.body).toBe(201);
    req[name] = res.json().id;
  }
  async function submit(code: string, name: string, when: string) {
    await at(when);
    const draft = await call(code, 'PUT', `/api/requirements/${req[name]}/submission`, { content: { text: 'Đã thực hiện' }, version: 0 });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await call(code, 'POST', `/api/submissions/${draft.json().id}/submit`, { version: draft.json().version })).statusCode).toBe(200);
    return draft.json().id as number;
  }

  it('một đơn vị qua bốn yêu cầu: đúng hạn, muộn (theo hạn riêng), quá hạn, chưa đến hạn, với tổng từng loại', async () => {
    await at('2030-01-02T02:00:00Z');
    await createReq('a', '2030-03-31');
    await createReq('b', '2030-06-30', [{ unitId: ids.cucthongke!, deadline: '2030-03-01' }]);
    await createReq('c', '2030-03-15');
    await createReq('d', '2030-12-31');
    await submit('cucthongke', 'a', '2030-03-10T03:00:00Z');
    await submit('cucthongke', 'b', '2030-03-10T03:00:00Z');
    const c = await card('canbo', 'cucthongke', '?asOf=2030-04-01&year=2030');
    expect(c.unit).toMatchObject({ id: ids.cucthongke, code: 'cucthongke' });
    expect(c).toMatchObject({ asOf: '2030-04-01', year: 2030 });
    const byName = Object.fromEntries(mine(c).map((i) => [i.title.slice(-1), i]));
    expect(byName.a).toMatchObject({ tracking: 'on_time', submissionStatus: 'submitted', deadline: '2030-03-31', ownDeadline: false });
    expect(byName.a!.firstSubmittedAt).toBe('2030-03-10T03:00:00.000Z');
    expect(byName.b).toMatchObject({ tracking: 'late', deadline: '2030-03-01', ownDeadline: true });
    expect(byName.c).toMatchObject({ tracking: 'overdue', submissionId: null, submissionStatus: null, daysLeft: -17 });
    expect(byName.d).toMatchObject({ tracking: 'not_yet_due' });
    expect(c.totals).toEqual({ total: c.items.length, onTime: 1, late: 1, overdue: 1, notYetDue: 1 });
  });

  it('theo ngày tính: trước khi gửi thì chưa tính; năm khác thì không có yêu cầu nào', async () => {
    const early = mine(await card('canbo', 'cucthongke', '?asOf=2030-03-05&year=2030'));
    expect(early.map((i) => i.tracking).sort()).toEqual(['not_yet_due', 'not_yet_due', 'not_yet_due', 'overdue']);
    expect(early.every((i) => i.firstSubmittedAt === null)).toBe(true);
    expect((await card('canbo', 'cucthongke', '?asOf=2030-04-01&year=2031')).items).toEqual([]);
  });

  it('lãnh đạo và quản trị xem được; tài khoản đơn vị chỉ xem được đơn vị mình', async () => {
    expect(mine(await card('lanhdao', 'cucthongke', '?asOf=2030-04-01')).length).toBe(4);
    expect((await card('admin', 'cucthongke', '?asOf=2030-04-01&year=2030')).totals.onTime).toBe(1);
    expect((await card('cucthongke', 'cucthongke', '?asOf=2030-04-01&year=2030')).totals).toMatchObject({ onTime: 1, late: 1, overdue: 1, notYetDue: 1 });
    const other = await call('cucthongke', 'GET', `/api/units/${ids.cdyenbai}/scorecard`);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.message).toBe('Không tìm thấy đơn vị.');
  });

  it('đơn vị ngoài phạm vi của cán bộ: 404; ngày sai: 400 bằng tiếng Việt', async () => {
    expect((await call('canbo', 'GET', `/api/units/${ids.bdvtu}/scorecard`)).statusCode).toBe(404);
    const bad = await call('canbo', 'GET', `/api/units/${ids.cucthongke}/scorecard?asOf=2030-02-30`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/yyyy-mm-dd/);
  });
});

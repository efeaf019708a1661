import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';

const TITLE = 'Báo cáo sơ kết; đánh giá, rút kinh nghiệm về công tác dân vận của các cơ quan, doanh nghiệp năm 2024';
const UNITS = ['bqlkcn', 'cucthongke', 'cdyenbai'] as const;

/** The ICS text with its folded lines joined again (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const pathOf = (url: string) => new URL(url).pathname;

describe.each(DIALECTS)('lịch hạn nộp ICS theo đơn vị (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const ids: Record<string, number> = {};
  let reqId: number;
  let closedId: number;

  const call = (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const newToken = async (who: string, unit: string) => {
    const res = await call(who, 'POST', `/api/units/${ids[unit]}/calendar-token`);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ url: string; createdAt: string }>();
  };

  beforeAll(async () => {
    t = await buildTestApp(kind);
    t.clock.now = new Date('2024-05-15T03:00:00Z');
    for (const u of ['admin', 'canbo', 'lanhdao', ...UNITS]) cookie[u] = await t.login(u);
    for (const code of [...UNITS, 'bdvtu']) ids[code] = await unitIdOf(t.database.db, code);
    const create = async (title: string) => {
      const res = await call('canbo', 'POST', '/api/requirements', {
        kind: 'report', title, deadline: '2024-10-25', targets: UNITS.map((c) => ({ rule: 'unit', unitId: ids[c] })),
        deadlineOverrides: [{ unitId: ids.bqlkcn, deadline: '2024-09-01' }], contactName: 'Nguyễn Đức Phương', contactPhone: '0915367487',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: number }>().id;
    };
    reqId = await create(TITLE);
    closedId = await create('Yêu cầu đã kết thúc');
    expect((await call('canbo', 'POST', `/api/requirements/${closedId}/close`)).statusCode).toBe(200);
  });
  afterAll(async () => { await t?.close(); });

  it('đơn vị tạo địa chỉ lịch của mình; lịch có hạn riêng của đơn vị, tên lịch và tiêu đề "Hạn nộp: …"', async () => {
    const { url } = await newToken('bqlkcn', 'bqlkcn');
    expect(url).toMatch(/^http:\/\/[^/]+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const res = await t.app.inject({ method: 'GET', url: pathOf(url) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar; charset=utf-8/);
    const ics = unfold(res.body);
    expect(ics).toContain('X-WR-CALNAME:Hạn nộp — Ban Quản lý các khu công nghiệp tỉnh Yên Bái\r\n');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes(`UID:yeu-cau-${reqId}-don-vi-${ids.bqlkcn}@danvan`))!;
    expect(event).toBeDefined();
    // The unit's own, earlier deadline (the letter's three named units), not the common 25/10/2024.
    expect(event).toContain('DTSTART;VALUE=DATE:20240901\r\n');
    expect(event).toContain('SUMMARY:Hạn nộp: Báo cáo sơ kết\\; đánh giá\\, rút kinh nghiệm');
    expect(event).toContain('Liên hệ: Nguyễn Đức Phương — 0915367487');
    // Folded at 75 octets.
    for (const line of res.body.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics).not.toContain(`UID:yeu-cau-${closedId}-`);
  });

  it('cán bộ tạo địa chỉ cho đơn vị trong phạm vi; đơn vị khác thấy hạn chung; UID không đổi khi tạo lại địa chỉ', async () => {
    const first = await newToken('canbo', 'cucthongke');
    const before = unfold((await t.app.inject({ method: 'GET', url: pathOf(first.url) })).body);
    expect(before).toContain(`UID:yeu-cau-${reqId}-don-vi-${ids.cucthongke}@danvan\r\n`);
    expect(before.split('BEGIN:VEVENT').find((e) => e.includes(`yeu-cau-${reqId}-`))).toContain('DTSTART;VALUE=DATE:20241025\r\n');
    const second = await newToken('cucthongke', 'cucthongke');
    expect(second.url).not.toBe(first.url);
    // The old address stops working at once; the new one lists the same events under the same UIDs.
    expect((await t.app.inject({ method: 'GET', url: pathOf(first.url) })).statusCode).toBe(404);
    const after = unfold((await t.app.inject({ method: 'GET', url: pathOf(second.url) })).body);
    expect(after.match(/UID:.*\r\n/g)).toEqual(before.match(/UID:.*\r\n/g));
  });

  it('mã sai, sai dạng hay đã thay: 404 với thông báo tiếng Việt, không lộ gì', async () => {
    for (const token of ['A'.repeat(43), 'ngan', '%00', 'x'.repeat(90)]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/calendar/${token}.ics` });
      expect(res.statusCode, token).toBe(404);
      expect(res.json().error.message).toMatch(/Không tìm thấy lịch/);
    }
  });

  it('đơn vị không tạo được cho đơn vị khác, lãnh đạo chỉ xem (403), cán bộ không tạo được ngoài phạm vi', async () => {
    expect((await call('cucthongke', 'POST', `/api/units/${ids.cdyenbai}/calendar-token`)).statusCode).toBe(404);
    expect((await call('lanhdao', 'POST', `/api/units/${ids.cdyenbai}/calendar-token`)).statusCode).toBe(403);
    expect((await call('canbo', 'POST', `/api/units/${ids.bdvtu}/calendar-token`)).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/units/${ids.cdyenbai}/calendar-token` })).statusCode).toBe(401);
  });

  it('chỉ lưu bản băm của mã, và ghi nhật ký việc tạo và tạo lại mà không ghi mã', async () => {
    const { url } = await newToken('cdyenbai', 'cdyenbai');
    const token = /\/calendar\/(.+)\.ics$/.exec(url)![1]!;
    const rows = await t.database.db.selectFrom('calendar_feed').select(['unit_id', 'token_hash']).execute();
    expect(rows.find((r) => r.unit_id === ids.cdyenbai)?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.some((r) => r.token_hash.includes(token))).toBe(false);
    const events = await t.database.db.selectFrom('audit_event').select(['action', 'entity_id', 'actor_username', 'after'])
      .where('entity', '=', 'calendar_feed').orderBy('id').execute();
    expect(events.map((e) => [e.action, e.actor_username, Number(e.entity_id)])).toEqual([
      ['create', 'bqlkcn', ids.bqlkcn], ['create', 'canbo', ids.cucthongke], ['rotate', 'cucthongke', ids.cucthongke], ['create', 'cdyenbai', ids.cdyenbai],
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
  });
});

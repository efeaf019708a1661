import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf, userIdOf } from '../../../test/factory';
import type { TNotificationList } from '../notifications/notifications.schemas';
import { closedPort, documentXml, startSmtp, subjectOf, visibleText } from './reminders.fixtures';
import type { TReminder } from './reminders.schemas';

const TITLE = 'Báo cáo tự kiểm tra thực hiện dân chủ ở cơ sở năm 2024';
const UNITS = ['bqlkcn', 'cucthongke', 'cdyenbai'] as const;

describe.each(DIALECTS)('đôn đốc đơn vị chưa gửi (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const ids: Record<string, number> = {};
  let reqId: number;
  let first: TReminder;

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const remind = (payload: object, who = 'canbo') => call(who, 'POST', '/api/reminders', { requirementId: reqId, ...payload });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    t.clock.now = new Date('2024-09-10T03:00:00Z');
    for (const u of ['admin', 'canbo', 'lanhdao', ...UNITS]) cookie[u] = await t.login(u);
    for (const code of UNITS) ids[code] = await unitIdOf(t.database.db, code);
    const created = await call('canbo', 'POST', '/api/requirements', {
      kind: 'report', title: TITLE, deadline: '2024-10-25', targets: UNITS.map((c) => ({ rule: 'unit', unitId: ids[c] })),
      deadlineOverrides: [{ unitId: ids.bqlkcn, deadline: '2024-09-01' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    reqId = created.json().id;
    // Trường Cao đẳng has already sent its report: it must not be reminded.
    const draft = await call('cdyenbai', 'PUT', `/api/requirements/${reqId}/submission`, { content: { text: 'Đã tự kiểm tra.' }, version: 0 });
    expect(draft.statusCode, draft.body).toBe(200);
    const sent = await call('cdyenbai', 'POST', `/api/submissions/${draft.json().id}/submit`, { version: draft.json().version });
    expect(sent.statusCode, sent.body).toBe(200);
  });
  afterAll(async () => {
    delete process.env.SMTP_URL;
    await t?.close();
  });

  it('mặc định chỉ nhắc các đơn vị chưa gửi, mỗi đơn vị với hạn của mình', async () => {
    const res = await remind({ channels: { inApp: true, email: false, letter: true }, letterNumber: '1750', message: 'Đề nghị gửi trước hạn.' });
    expect(res.statusCode, res.body).toBe(201);
    first = res.json<TReminder>();
    expect(first.recipients.map((r) => [r.unitCode, r.deadline, r.emailStatus])).toEqual([['bqlkcn', '2024-09-01', null], ['cucthongke', '2024-10-25', null]]);
    expect(first.channels).toEqual(['in_app', 'letter']);
    expect(first.letterSymbol).toBe('1750-CV/ĐUK');
  });

  it('tài khoản của đơn vị được nhắc thấy thông báo chưa đọc; đơn vị đã gửi và cán bộ thì không', async () => {
    const mine = (await call('cucthongke', 'GET', '/api/notifications')).json<TNotificationList>();
    expect(mine.unread).toBe(1);
    expect(mine.items[0]).toMatchObject({ kind: 'reminder', title: `Đôn đốc: ${TITLE}`, readAt: null });
    // The link opens the unit's own form (the requirement page itself is for reviewers).
    expect(mine.items[0]!.link).toMatch(/^\/yeu-cau\/\d+\/nop$/);
    expect(mine.items[0]!.body).toContain('25/10/2024');
    expect((await call('bqlkcn', 'GET', '/api/notifications')).json<TNotificationList>().items[0]!.body).toContain('01/09/2024');
    for (const who of ['cdyenbai', 'canbo']) expect((await call(who, 'GET', '/api/notifications')).json<TNotificationList>()).toEqual({ unread: 0, items: [] });
  });

  it('không đọc được thông báo của người khác (404), đọc được thông báo của mình', async () => {
    const id = (await call('cucthongke', 'GET', '/api/notifications')).json<TNotificationList>().items[0]!.id;
    for (const who of ['cdyenbai', 'canbo', 'admin']) expect((await call(who, 'POST', `/api/notifications/${id}/read`)).statusCode).toBe(404);
    const read = await call('cucthongke', 'POST', `/api/notifications/${id}/read`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().readAt).toBe('2024-09-10T03:00:00.000Z');
    expect((await call('cucthongke', 'GET', '/api/notifications')).json<TNotificationList>().unread).toBe(0);
  });

  it('lịch sử đôn đốc theo yêu cầu và theo đơn vị; tài khoản đơn vị chỉ thấy dòng của mình', async () => {
    const list = async (who: string, query: string) => (await call(who, 'GET', `/api/reminders${query}`)).json<TReminder[]>();
    expect((await list('canbo', `?requirementId=${reqId}`)).map((r) => r.id)).toEqual([first.id]);
    expect((await list('lanhdao', `?unitId=${ids.cucthongke}`)).map((r) => r.id)).toEqual([first.id]);
    expect(await list('canbo', `?unitId=${ids.cdyenbai}`)).toEqual([]);
    const own = await list('cucthongke', '');
    expect(own.map((r) => r.recipients.map((x) => x.unitCode))).toEqual([['cucthongke']]);
    expect(await list('cdyenbai', '')).toEqual([]);
  });

  it('mỗi lần đôn đốc ghi một dòng nhật ký', async () => {
    const rows = await t.database.db.selectFrom('audit_event').select(['actor_username', 'action'])
      .where('entity', '=', 'reminder').where('entity_id', '=', String(first.id)).execute();
    expect(rows).toEqual([{ actor_username: 'canbo', action: 'create' }]);
  });

  it('công văn đôn đốc đúng thể thức: tiêu đề, đơn vị, hạn dd/mm/yyyy, Times New Roman, lề 20/20/30/15 mm', async () => {
    const res = await call('canbo', 'GET', `/api/reminders/${first.id}/letter.docx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    const xml = await documentXml(res.rawPayload);
    const text = visibleText(xml);
    for (const s of ['ĐẢNG BỘ TỈNH YÊN BÁI', 'ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 1750-CV/ĐUK',
      `V/v đôn đốc báo cáo tự kiểm tra`, 'Yên Bái, ngày 10 tháng 9 năm 2024', 'Kính gửi:', 'Ban Quản lý các khu công nghiệp tỉnh Yên Bái',
      'Cục Thống kê tỉnh Yên Bái', '01/09/2024', '25/10/2024', 'Quá hạn, chưa gửi', 'Đề nghị gửi trước hạn.', 'Nơi nhận:', '- Như trên;',
      'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ']) expect(text, s).toContain(s);
    expect(text).not.toContain('Trường Cao đẳng Yên Bái');
    expect(xml).toContain('Times New Roman');
    expect(xml).toMatch(/<w:pgMar [^>]*w:top="1134"[^>]*w:right="851"[^>]*w:bottom="1134"[^>]*w:left="1701"/);
    expect(xml).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    expect((await call('cucthongke', 'GET', `/api/reminders/${first.id}/letter.docx`)).statusCode).toBe(403);
  });

  it('gửi thư điện tử tới địa chỉ của tài khoản đơn vị, tiêu đề tiếng Việt; đơn vị không có địa chỉ ghi "bỏ qua"', async () => {
    await t.database.db.updateTable('app_user').set({ email: 'vanthu@thongke.yenbai.gov.vn' }).where('id', '=', await userIdOf(t.database.db, 'cucthongke')).execute();
    const smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    try {
      const res = await remind({ channels: { inApp: true, email: true, letter: false } });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<TReminder>().recipients.map((r) => [r.unitCode, r.emailStatus])).toEqual([['bqlkcn', 'skipped'], ['cucthongke', 'sent']]);
      expect(smtp.mails).toHaveLength(1);
      expect(smtp.mails[0]!.to).toEqual(['vanthu@thongke.yenbai.gov.vn']);
      expect(subjectOf(smtp.mails[0]!.raw)).toBe(`Đôn đốc thực hiện: ${TITLE}`);
    } finally {
      delete process.env.SMTP_URL;
      await smtp.close();
    }
  });

  it('máy chủ thư không nhận: lần nhắc vẫn được lưu, thư ghi "lỗi"', async () => {
    process.env.SMTP_URL = `smtp://127.0.0.1:${await closedPort()}`;
    try {
      const res = await remind({ unitIds: [ids.cucthongke], channels: { inApp: true, email: true, letter: false } });
      expect(res.statusCode, res.body).toBe(201);
      const saved = res.json<TReminder>();
      expect(saved.recipients.map((r) => [r.unitCode, r.emailStatus])).toEqual([['cucthongke', 'failed']]);
      const history = (await call('canbo', 'GET', `/api/reminders?requirementId=${reqId}`)).json<TReminder[]>();
      expect(history[0]!.id).toBe(saved.id);
      expect(history).toHaveLength(3);
    } finally {
      delete process.env.SMTP_URL;
    }
  });

  it('không có SMTP_URL: yêu cầu gửi thư được ghi "bỏ qua", không mất lần nhắc', async () => {
    const res = await remind({ unitIds: [ids.cucthongke], channels: { inApp: true, email: true, letter: false } });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json<TReminder>().recipients[0]!.emailStatus).toBe('skipped');
  });

  it('từ chối nhắc đơn vị không được giao, và lãnh đạo không tạo được lần nhắc', async () => {
    const other = await unitIdOf(t.database.db, 'duk.bantochuc');
    const res = await remind({ unitIds: [other] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('UNKNOWN_UNIT');
    expect((await remind({}, 'lanhdao')).statusCode).toBe(403);
    expect((await call('canbo', 'POST', '/api/reminders', { requirementId: 2_000_000_000 })).statusCode).toBe(404);
  });
});

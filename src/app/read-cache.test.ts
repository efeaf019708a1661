import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp, type TestApp } from '../../test/app';
import { DIALECTS } from '../../test/db';
import * as submissionsService from '../modules/submissions/submissions.service';
import type { TInboxItem } from '../modules/submissions/submissions.schemas';
import { acceptsGzip, ReadCache } from './read-cache';
import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  it('trả lại giá trị trong thời hạn, hết hạn thì bỏ', () => {
    let now = 0;
    const c = new TtlCache<string>(5_000, 10, () => now);
    c.set('a', '[1]', c.snapshot());
    now = 4_999;
    expect(c.get('a')).toBe('[1]');
    now = 5_000;
    expect(c.get('a')).toBeUndefined();
  });

  it('không lưu giá trị đọc trước một thay đổi', () => {
    const c = new TtlCache<string>(5_000, 10);
    const gen = c.snapshot();
    c.clear(); // a write committed while the read was in flight
    c.set('a', '[old]', gen);
    expect(c.get('a')).toBeUndefined();
  });

  it('giới hạn số mục: bỏ mục cũ nhất', () => {
    const c = new TtlCache<string>(5_000, 2);
    for (const k of ['a', 'b', 'c']) c.set(k, k, c.snapshot());
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, 'b', 'c']);
  });
});

describe('acceptsGzip (RFC 9110 §12.5.3)', () => {
  it.each([
    [undefined, false], ['', false], ['identity', false], ['br', false], ['gzip', true], ['GZIP', true], ['x-gzip', true],
    ['gzip, deflate, br, zstd', true], ['deflate, gzip;q=0.5', true], ['gzip;q=0', false], ['gzip; q=0, *', false],
    ['*, gzip;q=0', false], ['*', true], ['*;q=0', false], ['br, *;q=0.1', true], ['gzip;q=abc', false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});

describe('ReadCache.remember', () => {
  it('các yêu cầu cùng lúc dùng chung một lần đọc; hết hạn hoặc có thay đổi thì đọc lại', async () => {
    let now = 0;
    const c = new ReadCache(5_000, 10, () => now);
    let reads = 0;
    const load = async () => ++reads;
    expect(await Promise.all([c.remember('k', load), c.remember('k', load)])).toEqual([1, 1]);
    now = 4_999;
    expect(await c.remember('k', load)).toBe(1);
    now = 5_000;
    expect(await c.remember('k', load)).toBe(2);
    c.clear();
    expect(await c.remember('k', load)).toBe(3);
  });

  it('một lần đọc lỗi không được giữ lại', async () => {
    const c = new ReadCache();
    await expect(c.remember('k', () => Promise.reject(new Error('mất kết nối')))).rejects.toThrow('mất kết nối');
    expect(await c.remember('k', async () => 'đọc lại')).toBe('đọc lại');
  });
});

describe.each(DIALECTS)('hộp việc của đơn vị qua bộ nhớ đệm (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['canbo', 'cucthongke', 'cdyenbai']) cookie[u] = await t.login(u);
    t.clock.now = new Date('2024-06-01T02:00:00Z');
  });
  afterAll(async () => { await t?.close(); });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  const inbox = async (who: string) => {
    const res = await call(who, 'GET', '/api/submissions/inbox');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    return res.json<TInboxItem[]>();
  };

  it('đọc lặp lại không truy vấn lại; mỗi đơn vị chỉ thấy hộp việc của mình', async () => {
    const reads = vi.spyOn(submissionsService, 'inbox');
    const first = await inbox('cucthongke');
    expect(await inbox('cucthongke')).toEqual(first);
    expect(reads).toHaveBeenCalledTimes(1);
    await inbox('cdyenbai');
    expect(reads).toHaveBeenCalledTimes(2);
    // A stranger's requests write nothing an inbox shows, and must not be able to keep emptying the cache.
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'khong-co', password: 'sai-mat-khau-123' } });
    await t.app.inject({ method: 'POST', url: '/khong-co' });
    await inbox('cucthongke');
    expect(reads).toHaveBeenCalledTimes(2);
    reads.mockRestore();
  });

  it('trình duyệt nhận gzip thì được bản nén sẵn; trình khách không nhận gzip vẫn được JSON thường', async () => {
    t.app.readCache.clear();
    const first = await call('cucthongke', 'GET', '/api/submissions/inbox'); // read from the database, then stored
    expect(first.headers.vary).toContain('accept-encoding');
    const plain = first.json<TInboxItem[]>();
    const zipped = await t.app.inject({ method: 'GET', url: '/api/submissions/inbox', headers: { cookie: cookie.cucthongke!, 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain);
    const refused = await t.app.inject({ method: 'GET', url: '/api/submissions/inbox', headers: { cookie: cookie.cucthongke!, 'accept-encoding': 'gzip;q=0' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.json()).toEqual(plain);
  });

  it('câu trả lời sai lược đồ là lỗi 500 và không được giữ lại', async () => {
    t.app.readCache.clear();
    const reads = vi.spyOn(submissionsService, 'inbox').mockResolvedValueOnce([{ requirementId: 'không phải số' }] as unknown as TInboxItem[]);
    const bad = await call('cdyenbai', 'GET', '/api/submissions/inbox');
    expect(bad.statusCode).toBe(500);
    expect(bad.json().error.message).toMatch(/[ạảãáàâăđêôơư]/u); // the Vietnamese message of the error handler
    const good = await inbox('cdyenbai');
    expect(reads).toHaveBeenCalledTimes(2);
    expect(good.every((i) => typeof i.requirementId === 'number')).toBe(true);
    reads.mockRestore();
  });

  it('thay đổi qua API hiện ra ngay: yêu cầu mới, bản nháp, bài đã gửi', async () => {
    const before = await inbox('cucthongke');
    const created = await call('canbo', 'POST', '/api/requirements', {
      kind: 'report', title: 'Báo cáo nhanh Chỉ thị 33', deadline: '2024-06-20', targets: [{ rule: 'all_grassroots' }],
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    const after = await inbox('cucthongke');
    expect(after).toHaveLength(before.length + 1);
    expect(after.find((i) => i.requirementId === id)).toMatchObject({ submissionId: null, daysLeft: 19 });

    const saved = await call('cucthongke', 'PUT', `/api/requirements/${id}/submission`, { content: { text: 'Đã triển khai', tasks: [] }, version: 0 });
    expect((await inbox('cucthongke')).find((i) => i.requirementId === id)).toMatchObject({ submissionStatus: 'draft', version: 1 });
    await call('cucthongke', 'POST', `/api/submissions/${saved.json().id}/submit`, { version: 1 });
    expect((await inbox('cucthongke')).find((i) => i.requirementId === id)).toMatchObject({ submissionStatus: 'submitted', tracking: 'on_time' });
  });

  it('sang ngày mới thì tính lại số ngày còn lại', async () => {
    const today = await inbox('cdyenbai');
    t.clock.now = new Date('2024-06-02T02:00:00Z');
    const tomorrow = await inbox('cdyenbai');
    expect(tomorrow.map((i) => i.daysLeft)).toEqual(today.map((i) => i.daysLeft - 1));
  });

  it('thay đổi ngoài máy chủ này (CLI, máy chủ khác) hiện ra khi hết hạn đệm', async () => {
    const id = (await inbox('cdyenbai'))[0]!.requirementId;
    await sql`update requirement set title = 'Đổi tên từ nơi khác' where id = ${id}`.execute(t.database.db);
    expect((await inbox('cdyenbai'))[0]!.title).not.toBe('Đổi tên từ nơi khác');
    const later = performance.now() + 5_000;
    const clock = vi.spyOn(performance, 'now').mockReturnValue(later);
    try {
      expect((await inbox('cdyenbai'))[0]!.title).toBe('Đổi tên từ nơi khác');
    } finally {
      clock.mockRestore();
    }
  });
});

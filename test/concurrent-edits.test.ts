import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './app';
import { DIALECTS } from './db';

/**
 * N people save the same submission at once, each with the version they read: per version exactly one save wins,
 * every other gets 409 with the winner's content, and the stored history is exactly the chain of winners — no update lost,
 * none applied twice. On PostgreSQL the requests really run in parallel (a pool of connections).
 */
const CLIENTS = 8;
const ROUNDS = 6;

describe.each(DIALECTS)('sửa đồng thời một bài nộp (%s)', (kind) => {
  let t: TestApp;
  let cookies: string[];
  let requirementId: number;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    const staff = await t.login('canbo');
    const created = await t.app.inject({
      method: 'POST', url: '/api/requirements', headers: { cookie: staff },
      payload: { kind: 'report', title: 'Báo cáo sửa đồng thời', deadline: '2099-12-31', targets: [{ rule: 'all_grassroots' }] },
    });
    requirementId = created.json().id;
    // The same unit account signed in from CLIENTS browsers.
    cookies = await Promise.all(Array.from({ length: CLIENTS }, () => t.login('cucthongke')));
  });
  afterAll(async () => { await t?.close(); });

  const save = (cookie: string, version: number, text: string) =>
    t.app.inject({ method: 'PUT', url: `/api/requirements/${requirementId}/submission`, headers: { cookie }, payload: { version, content: { text } } });

  it(`${CLIENTS} người lưu cùng lúc trên cùng phiên bản, ${ROUNDS} lượt: mỗi lượt đúng một người thắng, số còn lại nhận 409 kèm bản đang lưu`, async () => {
    let version = 0;
    const winners: string[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const texts = cookies.map((_, i) => `lượt ${round}, người ${i + 1}`);
      const results = await Promise.all(cookies.map((c, i) => save(c, version, texts[i]!)));
      const ok = results.filter((r) => r.statusCode === 200);
      const stale = results.filter((r) => r.statusCode === 409);
      expect(ok, `lượt ${round}: ${results.map((r) => r.statusCode).join(',')}`).toHaveLength(1);
      expect(stale).toHaveLength(CLIENTS - 1);
      const won = ok[0]!.json<{ version: number; content: { text: string } }>();
      expect(won.version).toBe(version + 1);
      expect(texts).toContain(won.content.text);
      for (const r of stale) {
        const err = r.json<{ error: { code: string; message: string; current: { version: number; content: { text: string } } } }>().error;
        expect(err.code).toBe('STALE_VERSION');
        expect(err.message).toMatch(/phiên bản|người khác/i);
        // Whoever lost sees what is stored now: the winner of this round (or, if it raced ahead, nothing older).
        expect(err.current.version).toBeGreaterThanOrEqual(version);
      }
      winners.push(won.content.text);
      version = won.version;
    }
    const stored = await t.app.inject({ url: `/api/requirements/${requirementId}/submission`, headers: { cookie: cookies[0]! } });
    expect(stored.json()).toMatchObject({ version: ROUNDS, content: { text: winners.at(-1) } });
    // The log holds one change per winning save, and none for the refused ones.
    const audited = await t.database.db.selectFrom('audit_event').select('id')
      .where('entity', '=', 'submission').where('entity_id', '=', String(stored.json().id)).execute();
    expect(audited).toHaveLength(ROUNDS);
  });
});

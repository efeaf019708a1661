import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { sha256Of } from '../files/files.queries';
import { uploadForm } from '../documents/documents.fixtures';
import { docBytes, docxBytes, exeBytes, jpgBytes, pdfBytes, plainZip, pngBytes, xlsxBytes } from './attachments.fixtures';
import type { TAttachment } from './attachments.schemas';
import { UPLOADS_PER_MINUTE } from './attachments.routes';

const report = (text: string) => ({ text, tasks: [{ label: 'Quán triệt Kết luận 114', done: true }] });
const VIETNAMESE = /[đươạ-ỹàáâãèéêìíòóôõùúý]/i;

describe.each(DIALECTS)('tệp đính kèm bài nộp (%s)', (kind) => {
  let t: TestApp;
  let requirement: number;
  const cookie: Record<string, string> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['canbo', 'lanhdao', 'cucthongke', 'cdyenbai', 'bqlkcn']) cookie[u] = await t.login(u);
    t.clock.now = new Date('2024-06-01T02:00:00Z');
    const res = await call('canbo', 'POST', '/api/requirements', { kind: 'report', title: 'Báo cáo Kết luận 114', deadline: '2024-12-31', targets: [{ rule: 'all_grassroots' }] });
    requirement = res.json().id;
  });
  afterAll(async () => { await t?.close(); });

  function call(who: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) {
    return t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  }
  const upload = (who: string, submission: number, data: Buffer, name: string) =>
    t.app.inject({ method: 'POST', url: `/api/submissions/${submission}/attachments`, headers: { cookie: cookie[who]! }, payload: uploadForm(data, name) });
  /** A fresh draft of the unit's own submission, whatever it held before. */
  async function draftOf(who: string, text = 'Nháp'): Promise<{ id: number; version: number }> {
    const own = (await call(who, 'GET', `/api/requirements/${requirement}/submission`)).json<{ id: number; version: number } | null>();
    const res = await call(who, 'PUT', `/api/requirements/${requirement}/submission`, { content: report(text), version: own?.version ?? 0 });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }
  const count = async (table: 'file_blob' | 'submission_attachment') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('đính kèm PDF, Word, Excel, JPG, PNG; cán bộ và lãnh đạo tải về đúng nội dung, tên tiếng Việt, không cho trình duyệt đoán kiểu', async () => {
    const s = await draftOf('cucthongke');
    const files: [Buffer, string, string][] = [
      [pdfBytes(), 'Báo cáo tự kiểm tra.pdf', 'application/pdf'],
      [await docxBytes(), 'Kế hoạch 05-KH.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [await xlsxBytes(), 'Biểu số liệu.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      [jpgBytes(), 'Ảnh hội nghị.jpg', 'image/jpeg'],
      [pngBytes(), 'C:\\fakepath\\Sơ đồ.png', 'image/png'],
    ];
    for (const [data, name, mediaType] of files) {
      const res = await upload('cucthongke', s.id, data, name);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<TAttachment>()).toMatchObject({ submissionId: s.id, mediaType, size: data.length, sha256: sha256Of(data), uploadedByName: expect.any(String) });
    }
    const list = (await call('canbo', 'GET', `/api/submissions/${s.id}/attachments`)).json<TAttachment[]>();
    expect(list.map((a) => a.fileName)).toEqual(['Báo cáo tự kiểm tra.pdf', 'Kế hoạch 05-KH.docx', 'Biểu số liệu.xlsx', 'Ảnh hội nghị.jpg', 'Sơ đồ.png']);
    for (const who of ['canbo', 'lanhdao', 'cucthongke']) {
      const res = await call(who, 'GET', `/api/attachments/${list[0]!.id}`);
      expect(res.statusCode, who).toBe(200);
      expect(res.rawPayload.equals(files[0]![0]), who).toBe(true);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="Bao cao tu kiem tra.pdf"; filename*=UTF-8''${encodeURIComponent('Báo cáo tự kiểm tra.pdf')}`);
    }
    const audit = await t.database.db.selectFrom('audit_event').select(['action', 'actor_username']).where('entity', '=', 'submission')
      .where('entity_id', '=', String(s.id)).where('action', '=', 'attach').execute();
    expect(audit).toHaveLength(5);
  });

  it('từ chối tệp nén đổi tên, chương trình đặt tên .pdf, .doc cũ, tệp rỗng và tệp trên 20 MB; không lưu gì', async () => {
    const s = await draftOf('cdyenbai');
    const before = { blobs: await count('file_blob'), rows: await count('submission_attachment') };
    const cases: [Buffer, string, number, string][] = [
      [plainZip(), 'bao-cao.docx', 415, 'FILE_TYPE_REFUSED'],
      [exeBytes(), 'bao-cao.pdf', 415, 'FILE_TYPE_REFUSED'],
      [docBytes(), 'bien-ban.doc', 415, 'FILE_TYPE_REFUSED'],
      [Buffer.from('Kính gửi các chi bộ'), 'ghi-chu.txt', 415, 'FILE_TYPE_REFUSED'],
      [Buffer.alloc(0), 'rong.pdf', 400, 'FILE_EMPTY'],
      [Buffer.concat([pdfBytes(), Buffer.alloc(20 * 1024 * 1024)]), 'qua-lon.pdf', 413, 'FILE_TOO_LARGE'],
    ];
    for (const [data, name, status, code] of cases) {
      const res = await upload('cdyenbai', s.id, data, name);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expect(res.json().error.code, name).toBe(code);
      expect(res.json().error.message, name).toMatch(VIETNAMESE);
    }
    const noFile = await t.app.inject({ method: 'POST', url: `/api/submissions/${s.id}/attachments`, headers: { cookie: cookie.cdyenbai! }, payload: uploadForm(pdfBytes(), 'a.pdf', 'tep') });
    expect(noFile.json().error.code).toBe('FILE_REQUIRED');
    expect({ blobs: await count('file_blob'), rows: await count('submission_attachment') }).toEqual(before);
  });

  it('cùng một tệp gửi từ hai đơn vị chỉ lưu một lần; gửi lại vào cùng bài nộp bị từ chối 409', async () => {
    const data = pdfBytes('Bien ban hop chi bo thang 5');
    const mine = await draftOf('cucthongke');
    const theirs = await draftOf('cdyenbai');
    expect((await upload('cucthongke', mine.id, data, 'Biên bản.pdf')).statusCode).toBe(201);
    expect((await upload('cdyenbai', theirs.id, data, 'Bien ban hop.pdf')).statusCode).toBe(201);
    const again = await upload('cucthongke', mine.id, data, 'Biên bản (1).pdf');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('DUPLICATE_ATTACHMENT');
    const sha = sha256Of(data);
    expect(await t.database.db.selectFrom('file_blob').select('sha256').where('sha256', '=', sha).execute()).toHaveLength(1);
    expect(await t.database.db.selectFrom('submission_attachment').select('id').where('sha256', '=', sha).execute()).toHaveLength(2);
  });

  it('đơn vị khác nhận 404 cho danh sách, tải về, gỡ và đính kèm, không bao giờ nhận nội dung tệp; lãnh đạo và cán bộ không đính kèm hay gỡ được', async () => {
    const s = await draftOf('cucthongke');
    const data = pdfBytes('Tai lieu rieng cua Cuc Thong ke');
    const a = (await upload('cucthongke', s.id, data, 'Riêng.pdf')).json<TAttachment>();
    for (const [method, url] of [['GET', `/api/submissions/${s.id}/attachments`], ['GET', `/api/attachments/${a.id}`], ['DELETE', `/api/attachments/${a.id}`]] as const) {
      const res = await call('cdyenbai', method, url);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.rawPayload.includes(data.subarray(0, 40)), url).toBe(false);
    }
    expect((await upload('cdyenbai', s.id, pngBytes(), 'chen.png')).statusCode).toBe(404);
    expect((await upload('canbo', s.id, pngBytes(), 'chen.png')).statusCode).toBe(403);
    expect((await call('lanhdao', 'DELETE', `/api/attachments/${a.id}`)).statusCode).toBe(403);
    expect((await call('canbo', 'GET', `/api/submissions/${s.id}/attachments`)).json<TAttachment[]>().map((x) => x.id)).toContain(a.id);
  });

  it('gỡ tệp: chỉ khi bài đang soạn hoặc bị trả lại; phiên bản đã gửi giữ nguyên danh sách tệp của nó', async () => {
    const s = await draftOf('bqlkcn', 'Báo cáo có tệp');
    const draftOnly = (await upload('bqlkcn', s.id, pngBytes(), 'nhap.png')).json<TAttachment>();
    const kept = (await upload('bqlkcn', s.id, jpgBytes(), 'giu.jpg')).json<TAttachment>();
    expect((await call('bqlkcn', 'DELETE', `/api/attachments/${draftOnly.id}`)).json()).toEqual({ ok: true });
    // Never sent: nothing left of it but the audit.
    expect(await t.database.db.selectFrom('submission_attachment').select('id').where('id', '=', draftOnly.id).execute()).toEqual([]);
    const sent = await call('bqlkcn', 'POST', `/api/submissions/${s.id}/submit`, { version: s.version });
    expect(sent.statusCode, sent.body).toBe(200);
    const v1 = sent.json<{ version: number }>().version;
    const locked = await call('bqlkcn', 'DELETE', `/api/attachments/${kept.id}`);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe('Không thể sửa bài nộp đang ở trạng thái "đã gửi, chờ xem xét".');
    expect((await upload('bqlkcn', s.id, pdfBytes(), 'muon.pdf')).statusCode).toBe(409);

    expect((await call('canbo', 'POST', `/api/submissions/${s.id}/return`, { comment: 'Thay ảnh bằng biên bản' })).statusCode).toBe(200);
    expect((await call('bqlkcn', 'DELETE', `/api/attachments/${kept.id}`)).statusCode).toBe(200);
    expect((await call('bqlkcn', 'DELETE', `/api/attachments/${kept.id}`)).statusCode).toBe(404);
    const replacement = (await upload('bqlkcn', s.id, pdfBytes('Bien ban'), 'Biên bản.pdf')).json<TAttachment>();
    const current = (await call('bqlkcn', 'GET', `/api/submissions/${s.id}`)).json<{ version: number }>();
    const resent = await call('bqlkcn', 'POST', `/api/submissions/${s.id}/submit`, { version: current.version });
    const v2 = resent.json<{ version: number }>().version;

    const listOf = async (q: string) => (await call('canbo', 'GET', `/api/submissions/${s.id}/attachments${q}`)).json<TAttachment[]>().map((a) => a.fileName);
    expect(await listOf(`?version=${v1}`)).toEqual(['giu.jpg']);
    expect(await listOf(`?version=${v2}`)).toEqual(['Biên bản.pdf']);
    expect(await listOf('')).toEqual(['Biên bản.pdf']);
    // The file of the first version is still there for whoever reads that version.
    expect((await call('canbo', 'GET', `/api/attachments/${kept.id}`)).rawPayload.equals(jpgBytes())).toBe(true);
    expect(replacement.id).toBeGreaterThan(kept.id);
    const audit = await t.database.db.selectFrom('audit_event').select('action').where('entity', '=', 'submission')
      .where('entity_id', '=', String(s.id)).where('action', 'in', ['attach', 'detach']).orderBy('id').execute();
    expect(audit.map((e) => e.action)).toEqual(['attach', 'attach', 'detach', 'detach', 'attach']);
  });

  it('hai lần gửi cùng một tệp cùng lúc: đúng một lần được lưu; quá 20 tệp hay yêu cầu đã kết thúc thì bị từ chối 409', async () => {
    const req = (await call('canbo', 'POST', '/api/requirements', { kind: 'report', title: 'Báo cáo Chỉ thị 33', deadline: '2024-12-31', targets: [{ rule: 'all_grassroots' }] })).json().id;
    const s = (await call('cdyenbai', 'PUT', `/api/requirements/${req}/submission`, { content: report('Nháp'), version: 0 })).json<{ id: number }>();
    const data = pdfBytes('Gui hai lan cung luc');
    const both = await Promise.all([upload('cdyenbai', s.id, data, 'a.pdf'), upload('cdyenbai', s.id, data, 'b.pdf')]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const by = (await t.database.db.selectFrom('app_user').select('id').where('username', '=', 'cdyenbai').executeTakeFirstOrThrow()).id;
    // 18 more attached files written directly (uploading them would hit the rate limit), then one real upload makes 20.
    const fake = Array.from({ length: 18 }, (_, i) => i.toString(16).padStart(64, 'c'));
    await t.database.db.insertInto('file_blob').values(fake.map((sha256) => ({ sha256, size: 5, media_type: 'application/pdf', data: Buffer.from('%PDF-') }))).execute();
    await t.database.db.insertInto('submission_attachment').values(fake.map((sha256, i) => ({
      submission_id: s.id, sha256, file_name: `Tệp ${i}.pdf`, media_type: 'application/pdf', size: 5, uploaded_by: by, added_in_version: 1,
    }))).execute();
    expect((await upload('cdyenbai', s.id, pdfBytes('Tep thu hai muoi'), '20.pdf')).statusCode).toBe(201);
    const full = await upload('cdyenbai', s.id, pngBytes(), 'them.png');
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('TOO_MANY_ATTACHMENTS');
    await call('bqlkcn', 'PUT', `/api/requirements/${req}/submission`, { content: report('Nháp'), version: 0 });
    expect((await call('canbo', 'POST', `/api/requirements/${req}/close`)).statusCode).toBe(200);
    const own = (await call('bqlkcn', 'GET', `/api/requirements/${req}/submission`)).json<{ id: number }>();
    const closed = await upload('bqlkcn', own.id, pngBytes(), 'muon.png');
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('REQUIREMENT_CLOSED');
    expect((await call('canbo', 'GET', `/api/submissions/${s.id}/attachments?version=mot`)).statusCode).toBe(400);
  });

  it(`quá ${UPLOADS_PER_MINUTE} lần tải lên trong một phút bị chặn 429, thông báo tiếng Việt`, async () => {
    // A unit account no other test here has used, so its count starts at zero.
    const fresh = await t.database.db.selectFrom('app_user').innerJoin('org_unit', 'org_unit.id', 'app_user.unit_id').select('app_user.username')
      .where('app_user.role', '=', 'unit').where('org_unit.kind', 'in', ['dang_bo_co_so', 'chi_bo_co_so'])
      .where('app_user.username', 'not in', Object.keys(cookie)).orderBy('app_user.id').executeTakeFirstOrThrow();
    cookie[fresh.username] = await t.login(fresh.username);
    const s = await draftOf(fresh.username, 'Thử giới hạn');
    for (let i = 0; i < UPLOADS_PER_MINUTE; i++) expect((await upload(fresh.username, s.id, Buffer.alloc(0), 'rong.pdf')).statusCode).toBe(400);
    const res = await upload(fresh.username, s.id, pngBytes(), 'anh.png');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.message).toMatch(VIETNAMESE);
    expect((await upload('cucthongke', (await draftOf('cucthongke')).id, pdfBytes('Nguoi khac van gui duoc'), 'khac.pdf')).statusCode).toBe(201);
  });
});

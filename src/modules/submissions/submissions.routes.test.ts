import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import { requirementsOfSymbol } from '../requirements/requirements.queries';
import type { TInboxItem, TSubmission } from './submissions.schemas';

const report = (text: string) => ({ text, tasks: [{ label: 'Quán triệt Kết luận 114', done: true }] });
const plan = (members: [string, string][]) => ({
  planDocument: 'Kế hoạch 05-KH/ĐU ngày 10/3/2024',
  steeringMembers: members.map(([name, committeeRole]) => ({ name, committeeRole, position: 'Bí thư', since: '2024-03-10' })),
});

describe.each(DIALECTS)('bài nộp của đơn vị (%s)', (kind) => {
  let t: TestApp;
  const cookie: Record<string, string> = {};
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    t = await buildTestApp(kind);
    for (const u of ['canbo', 'lanhdao', 'cucthongke', 'cdyenbai']) cookie[u] = await t.login(u);
    for (const c of ['cucthongke', 'cdyenbai']) ids[c] = await unitIdOf(t.database.db, c);
    t.clock.now = new Date('2024-06-01T02:00:00Z');
  });
  afterAll(async () => { await t?.close(); });

  const call = (who: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookie[who]! }, ...(payload ? { payload } : {}) });
  async function newRequirement(body: object): Promise<number> {
    const res = await call('canbo', 'POST', '/api/requirements', { targets: [{ rule: 'all_grassroots' }], ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const save = (who: string, req: number, content: object, version: number) => call(who, 'PUT', `/api/requirements/${req}/submission`, { content, version });

  it('gửi, bị trả lại kèm ý kiến, sửa, gửi lại, được chấp nhận: giữ mọi phiên bản, đúng hạn theo lần gửi đầu', async () => {
    const req = await newRequirement({ kind: 'report', title: 'Báo cáo Kết luận 114', deadline: '2024-06-30' });
    expect(await call('cucthongke', 'GET', `/api/requirements/${req}/submission`).then((r) => r.json())).toBeNull();
    const draft = (await save('cucthongke', req, report('Bản đầu'), 0)).json<TSubmission>();
    expect(draft).toMatchObject({ status: 'draft', version: 1, unitId: ids.cucthongke });
    const sent = await call('cucthongke', 'POST', `/api/submissions/${draft.id}/submit`, { version: 1 });
    expect(sent.json<TSubmission>()).toMatchObject({ status: 'submitted', version: 2, firstSubmittedAt: '2024-06-01T02:00:00.000Z' });

    const returned = await call('canbo', 'POST', `/api/submissions/${draft.id}/return`, { comment: 'Bổ sung số liệu quý II' });
    expect(returned.json<TSubmission>()).toMatchObject({ status: 'returned', version: 3 });
    t.clock.now = new Date('2024-07-05T02:00:00Z');
    const edited = await save('cucthongke', req, report('Bản đã bổ sung'), 3);
    expect(edited.json<TSubmission>()).toMatchObject({ status: 'returned', version: 4 });
    const resent = await call('cucthongke', 'POST', `/api/submissions/${draft.id}/submit`, { version: 4 });
    expect(resent.json<TSubmission>()).toMatchObject({ status: 'submitted', version: 5, firstSubmittedAt: '2024-06-01T02:00:00.000Z' });
    const accepted = await call('canbo', 'POST', `/api/submissions/${draft.id}/accept`);
    expect(accepted.json<TSubmission>().status).toBe('accepted');

    const versions = (await call('canbo', 'GET', `/api/submissions/${draft.id}/versions`)).json<{ version: number; content: { text: string } }[]>();
    expect(versions.map((v) => [v.version, v.content.text])).toEqual([[2, 'Bản đầu'], [5, 'Bản đã bổ sung']]);
    const comments = (await call('cucthongke', 'GET', `/api/submissions/${draft.id}/comments`)).json<{ body: string; authorName: string }[]>();
    expect(comments).toEqual([expect.objectContaining({ body: 'Bổ sung số liệu quý II', authorName: 'Nguyễn Đức Phương' })]);
    const p = (await call('canbo', 'GET', `/api/requirements/${req}/progress?asOf=2024-07-10`)).json();
    expect(p).toMatchObject({ onTime: 1, late: 0, accepted: 1 });
    expect((await call('cucthongke', 'PUT', `/api/requirements/${req}/submission`, { content: report('Sửa sau chấp nhận'), version: 6 })).statusCode).toBe(409);
    const audit = await t.database.db.selectFrom('audit_event').select(['action', 'actor_username'])
      .where('entity', '=', 'submission').where('entity_id', '=', String(draft.id)).orderBy('id').execute();
    expect(audit.map((a) => `${a.action}:${a.actor_username}`)).toEqual([
      'create:cucthongke', 'submit:cucthongke', 'return:canbo', 'comment:canbo', 'save_draft:cucthongke', 'submit:cucthongke', 'accept:canbo',
    ]);
  });

  it('nhiều người cùng lưu một phiên bản: đúng một người được lưu, người khác nhận 409 kèm bài mới nhất', async () => {
    const req = await newRequirement({ kind: 'checklist', title: 'Danh mục tự rà soát', deadline: '2024-12-31' });
    const first = await Promise.all([1, 2, 3, 4, 5].map((i) => save('cdyenbai', req, { items: [{ label: `Bản ${i}`, done: false }] }, 0)));
    expect(first.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    let version = 1;
    for (let round = 0; round < 2; round++) {
      const results = await Promise.all([1, 2, 3, 4, 5].map((i) => save('cdyenbai', req, { items: [{ label: `Vòng ${round} bản ${i}`, done: true }] }, version)));
      const won = results.filter((r) => r.statusCode === 200);
      expect(won).toHaveLength(1);
      for (const lost of results.filter((r) => r.statusCode !== 200)) {
        expect(lost.statusCode).toBe(409);
        const body = lost.json();
        expect(body.error.code).toBe('STALE_VERSION');
        expect(body.error.message).toMatch(/^Bài nộp đã được người khác sửa/);
        expect(body.error.current.version).toBe(version + 1);
        expect(body.error.current.content).toEqual(won[0]!.json().content);
      }
      version += 1;
    }
    const sends = await Promise.all([1, 2, 3].map(() => call('cdyenbai', 'POST', `/api/submissions/${first.find((r) => r.statusCode === 200)!.json().id}/submit`, { version })));
    expect(sends.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
    expect(await t.database.db.selectFrom('submission_version').select('version').where('submission_id', '=', sends.find((r) => r.statusCode === 200)!.json().id).execute())
      .toEqual([{ version: version + 1 }]);
  });

  it('đơn vị khác hỏi bài nộp của đơn vị mình thì nhận 404; lãnh đạo chỉ xem', async () => {
    const req = await newRequirement({ kind: 'report', title: 'Báo cáo Chỉ thị 33', deadline: '2024-12-31' });
    const own = (await save('cucthongke', req, report('Nháp'), 0)).json<TSubmission>();
    for (const suffix of ['', '/comments', '/versions']) {
      expect((await call('cdyenbai', 'GET', `/api/submissions/${own.id}${suffix}`)).statusCode, suffix).toBe(404);
    }
    expect((await call('cdyenbai', 'POST', `/api/submissions/${own.id}/submit`, { version: 1 })).statusCode).toBe(404);
    expect((await call('cdyenbai', 'POST', `/api/submissions/${own.id}/comments`, { body: 'Xem trộm' })).statusCode).toBe(404);
    expect((await call('lanhdao', 'GET', `/api/submissions/${own.id}`)).statusCode).toBe(200);
    expect((await call('canbo', 'POST', `/api/submissions/${own.id}/comments`, { body: 'Nhớ gửi trước ngày 31/12' })).statusCode).toBe(201);
    expect((await call('cucthongke', 'POST', `/api/submissions/${own.id}/comments`, { body: 'Đơn vị đã rõ' })).statusCode).toBe(201);
    expect((await call('lanhdao', 'POST', `/api/submissions/${own.id}/comments`, { body: 'Lãnh đạo chỉ xem' })).statusCode).toBe(403);
    const thread = (await call('lanhdao', 'GET', `/api/submissions/${own.id}/comments`)).json<{ body: string }[]>();
    expect(thread.map((c) => c.body)).toEqual(['Nhớ gửi trước ngày 31/12', 'Đơn vị đã rõ']);
    expect((await call('lanhdao', 'POST', `/api/submissions/${own.id}/accept`)).statusCode).toBe(403);
    const notSent = await call('canbo', 'POST', `/api/submissions/${own.id}/accept`);
    expect(notSent.statusCode).toBe(409);
    expect(notSent.json().error.message).toBe('Không thể chấp nhận bài nộp đang ở trạng thái "đang soạn".');
  });

  it('đơn vị không còn được giao yêu cầu thì không gửi được bản nháp đã lưu (404), bài vẫn là bản nháp', async () => {
    const req = await newRequirement({ kind: 'report', title: 'Báo cáo chuyên đề', deadline: '2024-06-30' });
    const draft = (await save('cdyenbai', req, report('Bản nháp'), 0)).json<TSubmission>();
    const retarget = await call('canbo', 'PATCH', `/api/requirements/${req}`, { targets: [{ rule: 'unit', unitId: ids.cucthongke }] });
    expect(retarget.statusCode, retarget.body).toBe(200);
    const sent = await call('cdyenbai', 'POST', `/api/submissions/${draft.id}/submit`, { version: draft.version });
    expect(sent.statusCode).toBe(404);
    const stored = await t.database.db.selectFrom('submission').select(['status', 'version']).where('id', '=', draft.id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'draft', version: draft.version });
    expect((await call('canbo', 'POST', `/api/requirements/${req}/close`)).statusCode).toBe(200); // out of the other tests' inboxes
  });

  it('gửi bài thiếu nội dung bắt buộc bị từ chối 400, bài vẫn là bản nháp', async () => {
    const req = await newRequirement({ kind: 'democracy_plan', title: 'Kế hoạch QCDC thiếu', deadline: '2024-12-31' });
    const draft = (await save('cdyenbai', req, { planDocument: '' }, 0)).json<TSubmission>();
    const res = await call('cdyenbai', 'POST', `/api/submissions/${draft.id}/submit`, { version: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION');
    expect((await call('cdyenbai', 'GET', `/api/submissions/${draft.id}`)).json()).toMatchObject({ status: 'draft', version: 1 });
  });

  it('hộp việc của đơn vị: theo hạn của chính đơn vị (hạn riêng nếu có), số ngày còn lại, đã nộp hay quá hạn', async () => {
    const inbox = (await call('cucthongke', 'GET', '/api/submissions/inbox')).json<TInboxItem[]>();
    expect(inbox.length).toBeGreaterThanOrEqual(3);
    expect(inbox.map((i) => i.deadline)).toEqual([...inbox.map((i) => i.deadline)].sort());
    const over = await newRequirement({
      kind: 'checklist', title: 'Rà soát gấp', deadline: '2024-12-31', deadlineOverrides: [{ unitId: ids.cucthongke, deadline: '2024-07-01' }],
    });
    // This file's requirements only: the demo database also holds the four of the letter 1720-CV/ĐUK, due earlier.
    const demo = new Set((await requirementsOfSymbol(t.database.db, '1720-CV/DUK')).map((r) => r.id));
    const after = (await call('cucthongke', 'GET', '/api/submissions/inbox')).json<TInboxItem[]>().filter((i) => !demo.has(i.requirementId));
    expect(after.slice(0, 2).map((i) => [i.deadline, i.tracking])).toEqual([['2024-06-30', 'on_time'], ['2024-07-01', 'overdue']]);
    expect(after[1]).toMatchObject({ requirementId: over, daysLeft: -4, submissionId: null, submissionStatus: null });
  });

  it('mô hình đăng ký năm 2023 và tiếp tục năm 2024 là một mô hình có hai năm', async () => {
    const model = (from: number | null) => ({ models: [{ name: 'Dân vận khéo trong thống kê', level: 'co_so', field: 'kinh_te', continuingFromYear: from }] });
    for (const [year, from] of [[2023, null], [2024, 2023]] as const) {
      const req = await newRequirement({ kind: 'model_registration', title: `Đăng ký mô hình ${year}`, deadline: `${year}-10-25` });
      const d = (await save('cucthongke', req, model(from), 0)).json<TSubmission>();
      expect((await call('cucthongke', 'POST', `/api/submissions/${d.id}/submit`, { version: 1 })).statusCode).toBe(200);
    }
    const rows = await t.database.db.selectFrom('dvk_model as m').innerJoin('dvk_model_year as y', 'y.model_id', 'm.id')
      .select(['m.id', 'm.first_year', 'y.year', 'y.continuing']).where('m.unit_id', '=', ids.cucthongke!)
      // This model only: the unit may hold demo models of its own (seed/demo-directing.ts).
      .where('m.name', '=', 'Dân vận khéo trong thống kê').orderBy('y.year').execute();
    expect(rows.map((r) => [r.first_year, r.year, r.continuing])).toEqual([[2023, 2023, false], [2023, 2024, true]]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(1);
  });

  it('Ban Chỉ đạo QCDC thay người thì người cũ có ngày thôi, người mới được thêm, lịch sử còn nguyên', async () => {
    const req = await newRequirement({ kind: 'democracy_plan', title: 'Kế hoạch QCDC 2024', deadline: '2024-12-31' });
    const d = (await save('cucthongke', req, plan([['Trần Văn A', 'Trưởng ban'], ['Lê Thị B', 'Thành viên']]), 0)).json<TSubmission>();
    await call('cucthongke', 'POST', `/api/submissions/${d.id}/submit`, { version: 1 });
    await call('canbo', 'POST', `/api/submissions/${d.id}/return`, { comment: 'Cập nhật thành viên mới' });
    await save('cucthongke', req, plan([['Trần Văn A', 'Trưởng ban'], ['Phạm Văn C', 'Thành viên']]), 3);
    await call('cucthongke', 'POST', `/api/submissions/${d.id}/submit`, { version: 4 });
    const members = await t.database.db.selectFrom('steering_member').select(['name', 'until', 'submission_version'])
      .where('unit_id', '=', ids.cucthongke!).where('submission_id', '=', d.id).orderBy('id').execute(); // not the demo plan's members
    expect(members.map((m) => [m.name, m.until === null ? null : 'đã thôi', m.submission_version])).toEqual([
      ['Trần Văn A', null, 2], ['Lê Thị B', 'đã thôi', 2], ['Phạm Văn C', null, 5],
    ]);
  });
});

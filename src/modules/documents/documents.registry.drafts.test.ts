import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import { LETTER_SYMBOL } from '../../db/seed/demo-documents';
import type { TRequirementDetail } from '../requirements/requirements.schemas';
import { ZRequirementCreate } from '../requirements/requirements.schemas';
import type { TDocumentDetail, TDocumentList, TRequirementDrafts } from './documents.registry.schemas';

describe.each(DIALECTS)('GET /api/documents/:id/requirement-drafts (%s)', (kind) => {
  let t: TestApp;
  let canbo: string;
  let letterId: number;
  let drafts: TRequirementDrafts['drafts'];
  const get = (url: string, cookie = canbo) => t.app.inject({ method: 'GET', url, headers: { cookie } });

  beforeAll(async () => {
    t = await buildTestApp(kind);
    canbo = await t.login('canbo');
    letterId = (await get(`/api/documents?q=${encodeURIComponent(LETTER_SYMBOL)}`)).json<TDocumentList>().items[0]!.id;
    const res = await get(`/api/documents/${letterId}/requirement-drafts`);
    expect(res.statusCode, res.body).toBe(200);
    drafts = res.json<TRequirementDrafts>().drafts;
  });
  afterAll(async () => { await t?.close(); });

  it('công văn mẫu cho bốn yêu cầu: Dân vận khéo, kế hoạch QCDC, tự kiểm tra, báo cáo Kết luận 114', () => {
    expect(drafts.map((d) => d.kind)).toEqual(['model_registration', 'democracy_plan', 'self_inspection', 'report']);
    for (const d of drafts) {
      expect(d).toMatchObject({ documentId: letterId, contactName: 'Nguyễn Đức Phương', contactPhone: '0915367487', year: 2024 });
      expect(ZRequirementCreate.safeParse(d).success, d.title).toBe(true);
    }
  });

  it('tự kiểm tra: ba đơn vị được nêu tên hạn 01/9/2024, mọi đơn vị khác 25/10/2024, kỳ 01/10/2023–30/9/2024', async () => {
    const self = drafts.find((d) => d.kind === 'self_inspection')!;
    const named = await Promise.all(['bqlkcn', 'cucthongke', 'cdyenbai'].map((c) => unitIdOf(t.database.db, c)));
    expect(self).toMatchObject({
      deadline: '2024-10-25', periodFrom: '2023-10-01', periodTo: '2024-09-30', unmatchedAssignees: [],
      targets: [{ rule: 'all_grassroots', unitId: await unitIdOf(t.database.db, 'duk') }],
    });
    expect(self.deadlineOverrides).toEqual(named.map((unitId) => ({ unitId, deadline: '2024-09-01' })));
    expect(self.matchedUnits.map((m) => m.name)).toEqual(['Ban Quản lý các khu công nghiệp tỉnh Yên Bái', 'Cục Thống kê tỉnh Yên Bái', 'Trường Cao đẳng Yên Bái']);
    expect(self.sourceText).toContain('trước ngày 01/9/2024');
  });

  it('gửi lần lượt bốn đề xuất tới POST /api/requirements: bốn yêu cầu mới gắn với công văn, đúng hạn riêng', async () => {
    const before = (await get(`/api/documents/${letterId}`)).json<TDocumentDetail>().requirementsCount;
    const created: TRequirementDetail[] = [];
    for (const d of drafts) {
      const res = await t.app.inject({ method: 'POST', url: '/api/requirements', headers: { cookie: canbo }, payload: d });
      expect(res.statusCode, res.body).toBe(201);
      created.push(res.json<TRequirementDetail>());
    }
    expect(created.map((r) => r.documentId)).toEqual([letterId, letterId, letterId, letterId]);
    const self = created.find((r) => r.kind === 'self_inspection')!;
    expect(self.deadlineOverrides.map((o) => [o.unitName, o.deadline]).sort()).toEqual([
      ['Ban Quản lý các khu công nghiệp tỉnh Yên Bái', '2024-09-01'], ['Cục Thống kê tỉnh Yên Bái', '2024-09-01'], ['Trường Cao đẳng Yên Bái', '2024-09-01'],
    ]);
    expect((await get(`/api/documents/${letterId}`)).json<TDocumentDetail>().requirementsCount).toBe(before + 4);
    const listed = (await get(`/api/requirements?documentId=${letterId}`)).json<{ id: number }[]>().map((r) => r.id);
    expect(listed).toEqual(expect.arrayContaining(created.map((r) => r.id)));
  });

  it('văn bản ngoài phạm vi: 404; tài khoản đơn vị: 403', async () => {
    const owner = await unitIdOf(t.database.db, 'bdvtu');
    const { id } = await t.database.db.insertInto('document').values({ direction: 'incoming', subject: 'Ngoài sổ', owner_unit_id: owner, body: 'Kính gửi: các chi bộ' })
      .returning('id').executeTakeFirstOrThrow();
    expect((await get(`/api/documents/${id}/requirement-drafts`)).statusCode).toBe(404);
    expect((await get(`/api/documents/${letterId}/requirement-drafts`, await t.login('cucthongke'))).statusCode).toBe(403);
  });

  it('văn bản không có nhiệm vụ: không có đề xuất nào', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie: canbo }, payload: { direction: 'incoming', subject: 'Thông báo lịch họp', body: 'Thông báo lịch họp Ban Thường vụ tháng 6.' } });
    expect((await get(`/api/documents/${res.json<TDocumentDetail>().id}/requirement-drafts`)).json()).toEqual({ documentId: res.json<TDocumentDetail>().id, drafts: [] });
  });
});

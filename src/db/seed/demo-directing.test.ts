import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { directiveProgress, type DirectiveProgress } from '../../cli/progress';
import { GRASSROOTS } from './demo-units';
import { REGISTRANTS } from './demo-content';
import { LETTER_1720_TEXT } from './demo-letter';

const AS_OF = '2024-05-15';

describe('dữ liệu mẫu: văn bản gốc', () => {
  it('nội dung công văn 1720-CV/ĐUK trong dữ liệu mẫu đúng từng chữ với văn bản mẫu', () => {
    expect(LETTER_1720_TEXT).toBe(readFileSync(new URL('../../vn/fixtures/1720-CV-DUK.txt', import.meta.url), 'utf8'));
  });
});

describe.each(DIALECTS)('dữ liệu mẫu: công văn 1720-CV/ĐUK tính đến 15/5/2024 (%s)', (kind) => {
  let t: TestApp;
  let p: DirectiveProgress;
  const req = (k: string) => p.requirements.find((r) => r.kind === k)!;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    p = await directiveProgress(t.database.db, '1720 - CV/ĐUK', AS_OF, new Date('2024-05-15T10:00:00+07:00'));
  });
  afterAll(() => t.close());

  it('công văn có đủ bốn yêu cầu, cùng giao cho 74 chi, đảng bộ cơ sở, do Ban Tuyên giáo phụ trách', async () => {
    expect(p.requirements.map((r) => r.kind)).toEqual(['model_registration', 'democracy_plan', 'self_inspection', 'report']);
    expect(p.requirements.map((r) => r.targeted)).toEqual([74, 74, 74, 74]);
    const rows = await t.database.db.selectFrom('requirement as r').innerJoin('org_unit as u', 'u.id', 'r.responsible_unit_id')
      .select(['u.code', 'r.contact_name', 'r.contact_phone']).where('r.id', 'in', p.requirements.map((r) => r.id)).execute();
    expect(rows).toEqual(Array(4).fill({ code: 'duk.bantuyengiao', contact_name: 'Nguyễn Đức Phương', contact_phone: '0915367487' }));
  });

  it('đăng ký Dân vận khéo: 30/74 đơn vị, 133 mô hình (2 cấp Khối, 131 cấp cơ sở: 73 tiếp tục, 58 mới)', () => {
    const r = req('model_registration');
    expect({ submitted: r.submitted, targeted: r.targeted }).toEqual({ submitted: 30, targeted: 74 });
    expect(r.models).toEqual({ total: 133, khoi: 2, coSo: 131, coSoContinuing: 73, coSoNew: 58 });
    expect(r.onTime + r.late).toBe(30);
  });

  it('44 đơn vị chưa đăng ký mô hình hiện tên trong danh sách quá hạn', () => {
    const r = req('model_registration');
    expect(r.missing).toBe(44);
    const expected = GRASSROOTS.map(([code]) => code).filter((c) => !REGISTRANTS.includes(c));
    expect(r.missingUnits.map((u) => u.code).sort()).toEqual(expected.sort());
  });

  it('kế hoạch thực hiện QCDC: 40/74 đơn vị đã gửi, mỗi đơn vị có Ban Chỉ đạo', async () => {
    const r = req('democracy_plan');
    expect({ submitted: r.submitted, targeted: r.targeted, missing: r.missing }).toEqual({ submitted: 40, targeted: 74, missing: 34 });
    const withCommittee = await t.database.db.selectFrom('steering_member').select('unit_id').distinct().where('until', 'is', null).execute();
    expect(withCommittee).toHaveLength(40);
  });

  it('trang tiến độ (API, cán bộ Ban Tuyên giáo) cho cùng con số với lệnh danvan progress', async () => {
    const cookie = await t.login('canbo');
    const r = req('model_registration');
    const res = await t.app.inject({ method: 'GET', url: `/api/requirements/${r.id}/progress?asOf=${AS_OF}`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ submitted: 30, targeted: 74, missing: 44, models: { total: 133, khoi: 2, coSo: 131, coSoContinuing: 73, coSoNew: 58 } });
    const plan = await t.app.inject({ method: 'GET', url: `/api/requirements/${req('democracy_plan').id}/progress?asOf=${AS_OF}`, headers: { cookie } });
    expect(plan.json()).toMatchObject({ submitted: 40, targeted: 74 });
  });

  it('mô hình tiếp tục từ 2023 là một mô hình với hai năm, không phải hai mô hình', async () => {
    const db = t.database.db;
    const continuing = await db.selectFrom('dvk_model_year as y').innerJoin('dvk_model as m', 'm.id', 'y.model_id')
      .select(['m.id', 'm.first_year']).where('y.year', '=', 2024).where('y.continuing', '=', true).where('m.level', '=', 'co_so').execute();
    expect(continuing).toHaveLength(73);
    expect(new Set(continuing.map((m) => m.first_year))).toEqual(new Set([2023]));
    const years2023 = await db.selectFrom('dvk_model_year').select('model_id').where('year', '=', 2023).where('model_id', 'in', continuing.map((m) => m.id)).execute();
    expect(years2023).toHaveLength(73);
  });

  it('tự kiểm tra QCDC: hạn chung 25/10/2024, ba đơn vị được kiểm tra trực tiếp hạn 01/9/2024, kỳ 01/10/2023–30/9/2024', async () => {
    const r = req('self_inspection');
    expect(r.deadline).toBe('2024-10-25');
    const db = t.database.db;
    const overrides = await db.selectFrom('requirement_deadline as d').innerJoin('org_unit as u', 'u.id', 'd.unit_id')
      .select(['u.code']).select((eb) => eb.cast<string>('d.deadline', 'text').as('deadline')).where('d.requirement_id', '=', r.id).orderBy('u.code').execute();
    expect(overrides).toEqual([
      { code: 'bqlkcn', deadline: '2024-09-01' }, { code: 'cdyenbai', deadline: '2024-09-01' }, { code: 'cucthongke', deadline: '2024-09-01' },
    ]);
    const period = await db.selectFrom('requirement').where('id', '=', r.id)
      .select((eb) => [eb.cast<string>('period_from', 'text').as('from'), eb.cast<string>('period_to', 'text').as('to')]).executeTakeFirstOrThrow();
    expect(period).toEqual({ from: '2023-10-01', to: '2024-09-30' });
    expect(r.notYetDue).toBe(74);
  });

  it('công văn 1720-CV/ĐUK lưu đủ nội dung, và các văn bản được dẫn chiếu tìm thấy trong sổ văn bản', async () => {
    const db = t.database.db;
    const letter = await db.selectFrom('document').selectAll().where('symbol_key', '=', '1720-CV/DUK').executeTakeFirstOrThrow();
    expect(letter).toMatchObject({ direction: 'outgoing', subject: 'V/v triển khai thực hiện một số nhiệm vụ công tác Dân vận trong tháng 5 năm 2024' });
    expect(letter.body).toContain('30/74 chi, đảng bộ cơ sở');
    const refs = await db.selectFrom('document_reference as r').leftJoin('document as d', 'd.id', 'r.resolved_document_id')
      .select(['r.symbol', 'd.symbol as resolved', 'd.direction']).where('r.document_id', '=', letter.id).execute();
    const resolved = new Map(refs.map((r) => [r.symbol, r.resolved]));
    for (const s of ['252-KH/ĐUK', '253-KH/ĐUK', '13-ĐA/TU', '02-HD/BDVTU', '170-KH/BCĐTU', '171-KH/BDVTU', '780-CV/BDVTU', '114-KL/TW', '33/CT-TTg']) {
      expect(resolved.get(s), s).toBe(s);
    }
    // "116-NQ/TY" is a slip in the letter for 116-NQ/TU: the register holds no such document, so it stays unresolved.
    expect(resolved.get('116-NQ/TY')).toBeNull();
    expect(refs.find((r) => r.symbol === '13-ĐA/TU')?.direction).toBe('incoming');
  });
});

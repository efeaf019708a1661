import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { unitIdOf } from '../../../test/factory';
import { LETTER_SYMBOL } from '../../db/seed/demo-documents';
import { compareVi } from '../../vn/index';
import { sampleDocx, uploadForm } from './documents.fixtures';
import type { TDocumentDetail, TDocumentList } from './documents.registry.schemas';

describe.each(DIALECTS)('sổ văn bản (%s)', (kind) => {
  let t: TestApp;
  let canbo: string;
  let letterId: number;
  const as = (cookie: string) => ({
    get: (url: string) => t.app.inject({ method: 'GET', url, headers: { cookie } }),
    post: (url: string, payload: object) => t.app.inject({ method: 'POST', url, headers: { cookie }, payload }),
    patch: (url: string, payload: object) => t.app.inject({ method: 'PATCH', url, headers: { cookie }, payload }),
  });
  const list = async (query: string) => {
    const res = await as(canbo).get(`/api/documents?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TDocumentList>();
  };
  const detail = async (id: number) => (await as(canbo).get(`/api/documents/${id}`)).json<TDocumentDetail>();
  const symbols = (l: TDocumentList) => l.items.map((d) => d.symbol).sort();

  beforeAll(async () => {
    t = await buildTestApp(kind);
    canbo = await t.login('canbo');
    letterId = (await list(`q=${encodeURIComponent(LETTER_SYMBOL)}`)).items[0]!.id;
  });
  afterAll(async () => { await t?.close(); });

  describe('GET /api/documents', () => {
    it('cán bộ thấy công văn mẫu và 16 văn bản nó dẫn, mới nhất trước', async () => {
      const all = await list('pageSize=100');
      expect(all.total).toBe(17);
      expect(all.items[0]).toMatchObject({ symbol: LETTER_SYMBOL, issuedOn: '2024-05-22', direction: 'outgoing', hasFile: false });
      expect(all.items.at(-1)!.symbol).toBe('25-NQ/TW');
    });

    it('tìm không dấu trong trích yếu và toàn văn', async () => {
      expect(symbols(await list('q=dan%20van%20kheo'))).toEqual(['02-HD/BDVTU', '13-ĐA/TU', '1720-CV/ĐUK', '252-KH/ĐUK']);
      // Only in the letter's text (its contact line), not in any subject.
      expect(symbols(await list(`q=${encodeURIComponent('NGUYEN duc phương')}`))).toEqual([LETTER_SYMBOL]);
      expect((await list('q=khong%20co%20van%20ban%20nay')).total).toBe(0);
      // A symbol however it is spaced.
      expect(symbols(await list(`q=${encodeURIComponent('1720 - cv/đuk')}`))).toEqual([LETTER_SYMBOL]);
      // "%" is a character to find, not a wildcard.
      expect((await list('q=%25')).total).toBe(0);
    });

    it('lọc theo loại, năm, chiều và cơ quan ban hành (không dấu)', async () => {
      expect(symbols(await list('type=kh'))).toEqual(['170-KH/BCĐTU', '171-KH/BDVTU', '252-KH/ĐUK', '253-KH/ĐUK']);
      expect((await list('year=2024')).total).toBe(6);
      expect(symbols(await list('direction=outgoing'))).toEqual([LETTER_SYMBOL, '252-KH/ĐUK', '253-KH/ĐUK']);
      expect(symbols(await list('issuer=ban%20dan%20van%20tinh%20uy'))).toEqual(['02-HD/BDVTU', '171-KH/BDVTU', '780-CV/BDVTU']);
      expect(symbols(await list('issuer=ban%20dan%20van%20tinh%20uy&year=2023'))).toEqual(['02-HD/BDVTU']);
      expect(await list('issuer=bo%20ngoai%20giao')).toEqual({ items: [], total: 0 });
    });

    it('sắp theo trích yếu đúng thứ tự tiếng Việt, phân trang ổn định', async () => {
      const bySubject = await list('sort=subject&pageSize=100');
      const subjects = bySubject.items.map((d) => d.subject);
      expect(subjects).toEqual([...subjects].sort(compareVi));
      const page4 = await list('sort=subject&pageSize=5&page=4');
      expect(page4).toEqual({ total: 17, items: bySubject.items.slice(15, 17) });
    });

    it('tài khoản đơn vị không được xem sổ văn bản (403); lãnh đạo được xem', async () => {
      expect((await as(await t.login('cucthongke')).get('/api/documents')).statusCode).toBe(403);
      expect((await as(await t.login('lanhdao')).get('/api/documents')).json<TDocumentList>().total).toBe(17);
    });

    it('chỉ mục trigram cho tìm kiếm có đúng khi máy chủ có pg_trgm (PostgreSQL), không có thì quét tuần tự (PGlite)', async () => {
      const has = async (q: string) => (await sql<{ n: number }>`select count(*)::int as n from ${sql.raw(q)}`.execute(t.database.db)).rows[0]!.n > 0;
      const available = await has("pg_available_extensions where name = 'pg_trgm'");
      expect(await has("pg_indexes where indexname = 'document_search_key_trgm_idx'")).toBe(available);
    });

    it('tham số sai: 400 bằng tiếng Việt', async () => {
      const res = await as(canbo).get('/api/documents?year=hai-nghin&pageSize=0');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/Tham số truy vấn không hợp lệ/);
    });
  });

  describe('GET /api/documents/:id', () => {
    it('căn cứ của công văn mẫu: 18 lần dẫn, chỉ 116-NQ/TY chưa có trong sổ; 4 yêu cầu', async () => {
      const d = await detail(letterId);
      expect(d.references).toHaveLength(18);
      expect(d.references.filter((r) => r.resolved === null).map((r) => r.symbol)).toEqual(['116-NQ/TY']);
      expect(d.unresolvedCount).toBe(1);
      const nq25 = d.references.find((r) => r.symbol === '25-NQ/TW')!;
      expect(nq25).toMatchObject({ citedOn: '2013-06-03', resolved: { symbol: '25-NQ/TW', subject: expect.stringMatching(/^Về tăng cường và đổi mới/) } });
      expect(d.requirementsCount).toBe(4);
      expect(d.body).toContain('Nguyễn Đức Phương');
    });

    it('văn bản được dẫn biết ai viện dẫn nó', async () => {
      const nq25 = (await list('q=25-nq/tw')).items.find((x) => x.symbol === '25-NQ/TW')!;
      expect((await detail(nq25.id)).citedBy.map((c) => c.symbol)).toEqual([LETTER_SYMBOL]);
    });

    it('văn bản trong sổ của cấp khác: 404 với cán bộ, quản trị viên xem được', async () => {
      const foreign = await foreignDocument();
      expect((await as(canbo).get(`/api/documents/${foreign}`)).statusCode).toBe(404);
      expect((await as(await t.login('admin')).get(`/api/documents/${foreign}`)).statusCode).toBe(200);
      expect((await list('q=so%20rieng%20cua%20tinh%20uy')).total).toBe(0);
    });
  });

  /** A document in the register of Ban Dân vận Tỉnh ủy, outside the Đảng ủy Khối's subtree. */
  async function foreignDocument(): Promise<number> {
    const owner = await unitIdOf(t.database.db, 'bdvtu');
    const { id } = await t.database.db.insertInto('document')
      .values({ direction: 'outgoing', subject: 'Sổ riêng của Tỉnh ủy', search_key: 'so rieng cua tinh uy', owner_unit_id: owner })
      .returning('id').executeTakeFirstOrThrow();
    return id;
  }

  describe('POST /api/documents', () => {
    it('vào sổ văn bản 116-NQ/TY: trích dẫn còn treo của công văn mẫu được nối tới nó, có ghi nhật ký', async () => {
      const res = await as(canbo).post('/api/documents', {
        direction: 'incoming', symbol: '116-NQ/TY', type: 'NQ', issuedOn: '2023-04-14', issuerUnitId: await unitIdOf(t.database.db, 'btvtu'),
        subject: 'Về nâng cao chất lượng, hiệu quả công tác giám sát, phản biện xã hội',
      });
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json<TDocumentDetail>();
      expect(created).toMatchObject({ issuerName: 'Ban Thường vụ Tỉnh ủy Yên Bái', citedBy: [{ id: letterId, symbol: LETTER_SYMBOL }], references: [] });
      expect((await detail(letterId)).unresolvedCount).toBe(0);
      const audit = await t.database.db.selectFrom('audit_event').select(['action', 'actor_username']).where('entity', '=', 'document').where('entity_id', '=', String(created.id)).execute();
      expect(audit).toContainEqual({ action: 'create', actor_username: 'canbo' });
      expect(audit).toContainEqual({ action: 'link_citations', actor_username: 'canbo' });
    });

    it('các văn bản được dẫn được tách từ toàn văn: có trong sổ thì nối, không có thì liệt kê', async () => {
      const res = await as(canbo).post('/api/documents', {
        direction: 'outgoing', symbol: '1800-CV/ĐUK', subject: 'V/v đôn đốc báo cáo',
        body: 'Thực hiện Kế hoạch số 252-KH/ĐUK ngày 25/3/2024 của Đảng ủy Khối và Công văn số 55-CV/BTGTU ngày 02/5/2024 của Ban Tuyên giáo Tỉnh ủy, đề nghị các chi, đảng bộ cơ sở báo cáo.',
      });
      expect(res.statusCode, res.body).toBe(201);
      const refs = res.json<TDocumentDetail>().references;
      expect(refs.map((r) => [r.symbol, r.citedOn, r.resolved?.symbol ?? null])).toEqual([['252-KH/ĐUK', '2024-03-25', '252-KH/ĐUK'], ['55-CV/BTGTU', '2024-05-02', null]]);
      expect((await list('q=don%20doc%20bao%20cao')).items.map((d) => d.symbol)).toEqual(['1800-CV/ĐUK']);
    });

    it('trùng số ký hiệu trong cùng sổ (viết khác khoảng trắng, dấu): 409 bằng tiếng Việt, không ghi gì', async () => {
      const before = await countDocuments();
      const res = await as(canbo).post('/api/documents', { direction: 'outgoing', symbol: '1720 - CV/ĐUK', subject: 'Nhập lại' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toEqual({
        code: 'DOCUMENT_SYMBOL_TAKEN', message: expect.stringMatching(/^Sổ văn bản đã có văn bản số ký hiệu "1720 - CV\/ĐUK"/), documentId: letterId,
      });
      expect(await countDocuments()).toBe(before);
    });

    it('văn bản vào sổ của cấp ủy người nhập; chọn sổ ngoài phạm vi: 400; quản trị viên chọn được mọi sổ', async () => {
      const [duk, bdvtu] = await Promise.all([unitIdOf(t.database.db, 'duk'), unitIdOf(t.database.db, 'bdvtu')]);
      const own = await as(canbo).post('/api/documents', { direction: 'incoming', subject: 'Giấy mời họp' });
      expect(own.json<TDocumentDetail>().ownerUnitId).toBe(duk);
      const refused = await as(canbo).post('/api/documents', { direction: 'incoming', subject: 'Giấy mời họp', ownerUnitId: bdvtu });
      expect([refused.statusCode, refused.json().error.message]).toEqual([400, 'Sổ văn bản được chọn không thuộc phạm vi của bạn.']);
      const admin = await as(await t.login('admin')).post('/api/documents', { direction: 'incoming', symbol: '252-KH/ĐUK', subject: 'Cùng số, khác sổ', ownerUnitId: bdvtu });
      expect(admin.statusCode, admin.body).toBe(201);
      expect((await as(canbo).get(`/api/documents/${admin.json<TDocumentDetail>().id}`)).statusCode).toBe(404);
    });

    it('thiếu trích yếu: 400 bằng tiếng Việt', async () => {
      const res = await as(canbo).post('/api/documents', { direction: 'incoming', subject: ' ' });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.message).toMatch(/Nhập trích yếu/);
    });

    it('lãnh đạo chỉ xem, không vào sổ được (403)', async () => {
      expect((await as(await t.login('lanhdao')).post('/api/documents', { direction: 'incoming', subject: 'x' })).statusCode).toBe(403);
    });

    it('nhập từ tệp Word: giữ tệp gốc, toàn văn lấy từ tệp, tải lại đúng từng byte với tên tiếng Việt', async () => {
      const docx = await sampleDocx();
      const form = uploadForm(docx, 'Công văn 1720 (bản gốc).docx');
      form.append('data', JSON.stringify({ direction: 'incoming', symbol: '1720-CV/ĐUK-BẢN-SAO', subject: 'Bản sao công văn 1720' }));
      const res = await t.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie: canbo }, payload: form });
      expect(res.statusCode, res.body).toBe(201);
      const d = res.json<TDocumentDetail>();
      expect(d).toMatchObject({ hasFile: true, fileName: 'Công văn 1720 (bản gốc).docx', fileMediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
      expect(d.body).toContain('Nguyễn Đức Phương');
      expect(d.references.length).toBeGreaterThan(10);
      const file = await as(canbo).get(`/api/documents/${d.id}/file`);
      expect(file.statusCode).toBe(200);
      expect(file.rawPayload.equals(docx)).toBe(true);
      expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(file.headers['content-disposition']).toBe(
        'attachment; filename="Cong van 1720 _ban goc_.docx"; filename*=UTF-8\'\'C%C3%B4ng%20v%C4%83n%201720%20%28b%E1%BA%A3n%20g%E1%BB%91c%29.docx',
      );
    });

    it('tệp ảnh đổi tên thành .docx: 415, không vào sổ', async () => {
      const before = await countDocuments();
      const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
      const form = uploadForm(png, 'cong-van.docx');
      form.append('data', JSON.stringify({ direction: 'incoming', subject: 'Ảnh' }));
      const res = await t.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie: canbo }, payload: form });
      expect(res.statusCode).toBe(415);
      expect(res.json().error.message).toMatch(/Tệp ảnh/);
      expect(await countDocuments()).toBe(before);
    });

    it('multipart thiếu trường data hoặc data sai: 400', async () => {
      const form = uploadForm(Buffer.from('Kính gửi: các chi bộ'), 'a.txt');
      const res = await t.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie: canbo }, payload: form });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'DOCUMENT_REQUIRED']);
      form.append('data', '{"direction":"ngang"}');
      const bad = await t.app.inject({ method: 'POST', url: '/api/documents', headers: { cookie: canbo }, payload: form });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/direction/);
    });
  });

  describe('PATCH /api/documents/:id và GET /api/documents/:id/file', () => {
    it('đổi số ký hiệu: trích dẫn cũ buông ra, trích dẫn đúng số mới được nối; có ghi nhật ký', async () => {
      const created = (await as(canbo).post('/api/documents', { direction: 'incoming', symbol: '999-NQ/TU', subject: 'Văn bản nhập nhầm số' })).json<TDocumentDetail>();
      const citing = (await as(canbo).post('/api/documents', { direction: 'outgoing', subject: 'Dẫn văn bản', body: 'Thực hiện Nghị quyết số 998-NQ/TU ngày 01/02/2024 của Tỉnh ủy.' })).json<TDocumentDetail>();
      expect(citing.references[0]!.resolved).toBeNull();
      const res = await as(canbo).patch(`/api/documents/${created.id}`, { symbol: '998-NQ/TU', subject: 'Văn bản đã sửa số' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json<TDocumentDetail>().citedBy.map((c) => c.id)).toEqual([citing.id]);
      expect((await detail(citing.id)).references[0]!.resolved).toMatchObject({ id: created.id, symbol: '998-NQ/TU' });
      expect((await list('q=van%20ban%20da%20sua%20so')).total).toBe(1);
      const audit = await t.database.db.selectFrom('audit_event').select('action').where('entity', '=', 'document').where('entity_id', '=', String(created.id)).execute();
      expect(audit.map((a) => a.action)).toContain('update');
    });

    it('đổi sang số ký hiệu đã có trong sổ: 409', async () => {
      const created = (await as(canbo).post('/api/documents', { direction: 'incoming', symbol: '1-TB/ĐUK', subject: 'Thông báo' })).json<TDocumentDetail>();
      const res = await as(canbo).patch(`/api/documents/${created.id}`, { symbol: '252-kh/đuk' });
      expect(res.statusCode).toBe(409);
      expect((await detail(created.id)).symbol).toBe('1-TB/ĐUK');
    });

    it('văn bản ngoài phạm vi: sửa và tải tệp đều 404', async () => {
      const foreign = await foreignDocument();
      expect((await as(canbo).patch(`/api/documents/${foreign}`, { subject: 'Sửa trái phép' })).statusCode).toBe(404);
      expect((await as(canbo).get(`/api/documents/${foreign}/file`)).statusCode).toBe(404);
    });

    it('văn bản không có tệp gốc: 404 bằng tiếng Việt', async () => {
      const res = await as(canbo).get(`/api/documents/${letterId}/file`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('Văn bản này không có tệp gốc.');
    });
  });

  async function countDocuments(): Promise<number> {
    const r = await t.database.db.selectFrom('document').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
});

import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { docxXml, paragraphs } from './reports.fixtures';
import { docxToPdf, findSoffice } from './reports.pdf';

describe('PDF khi máy chủ chưa cài LibreOffice', () => {
  it('báo 503 PDF_UNAVAILABLE, nêu gói Debian libreoffice-writer-nogui', async () => {
    expect(findSoffice('/nonexistent:/also/not')).toBeNull();
    await expect(docxToPdf(Buffer.from('PK'), '/nonexistent')).rejects.toMatchObject({
      status: 503, code: 'PDF_UNAVAILABLE', message: expect.stringContaining('apt-get install libreoffice-writer-nogui'),
    });
  });

  it('tệp hỏng: 503 tiếng Việt (PDF_FAILED khi có LibreOffice), không treo, thư mục tạm được dọn', async () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('danvan-pdf-')).length;
    const code = findSoffice() ? 'PDF_FAILED' : 'PDF_UNAVAILABLE';
    await expect(docxToPdf(Buffer.from('PK\x03\x04không phải DOCX'))).rejects.toMatchObject({ status: 503, code, message: expect.stringContaining('tải bản DOCX') });
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('danvan-pdf-')).length).toBeLessThanOrEqual(before);
  }, 90_000);
});

/** The summary report of the demo letter 1720-CV/ĐUK as of 15/05/2024: the figures the letter itself states. */

describe.each(DIALECTS)('GET /api/reports/summary.docx (%s)', (kind) => {
  let t: TestApp;
  let staff: string;
  let documentId: number;
  let dvkId: number;
  const url = (q: string) => `/api/reports/summary.docx?${q}`;

  beforeAll(async () => {
    t = await buildTestApp(kind);
    t.clock.now = new Date('2024-05-16T03:00:00Z');
    staff = await t.login('canbo');
    documentId = (await t.database.db.selectFrom('document').select('id').where('symbol_key', '=', '1720-CV/DUK').executeTakeFirstOrThrow()).id;
    dvkId = (await t.database.db.selectFrom('requirement').select('id').where('document_id', '=', documentId).where('kind', '=', 'model_registration').executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t?.close(); });

  async function report(q: string, cookie = staff) {
    const res = await t.app.inject({ url: url(q), headers: { cookie } });
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    return res;
  }

  it('nêu đúng số liệu của công văn: 30/74, 133 mô hình (02 cấp Khối, 131 cấp cơ sở: 73 tiếp tục, 58 mới), 40/74 kế hoạch QCDC', async () => {
    const res = await report(`documentId=${documentId}&asOf=2024-05-15`);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain('bao-cao-tong-hop-2024-05-15.docx');
    const text = paragraphs(await docxXml(res.rawPayload)).join('\n');
    expect(text).toContain('Tính đến ngày 15/05/2024 đã có 30/74 chi, đảng bộ cơ sở gửi đăng ký mô hình "Dân vận khéo" năm 2024, với 133 mô hình đăng ký, '
      + 'trong đó có 02 mô hình cấp Đảng ủy Khối và 131 mô hình cấp cơ sở: trong đó 73 mô hình tiếp tục thực hiện từ năm 2023 và 58 mô hình đăng ký mới năm 2024.');
    expect(text).toContain('đã có 40/74 chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024.');
  });

  it('liệt kê đúng các đơn vị quá hạn chưa gửi, như trang tiến độ', async () => {
    const lines = paragraphs(await docxXml((await report(`requirementId=${dvkId}&asOf=2024-05-15`)).rawPayload));
    const progress = await t.app.inject({ url: `/api/requirements/${dvkId}/progress?asOf=2024-05-15`, headers: { cookie: staff } });
    const missing: { name: string }[] = progress.json().missingUnits;
    expect(missing).toHaveLength(44);
    const start = lines.indexOf('Các đơn vị quá hạn chưa gửi (44 đơn vị):');
    expect(start).toBeGreaterThan(0);
    const listed = lines.slice(start + 1, start + 45).map((l) => l.replace(/^- /, '').replace(/[;.]$/, ''));
    expect(listed).toEqual(missing.map((u) => u.name));
    expect(lines[start + 44]).toMatch(/\.$/);
  });

  it('đúng thể thức: Times New Roman 14, khổ A4, lề trên 20 dưới 20 trái 30 phải 15 mm, tiêu ngữ, số ký hiệu, nơi nhận, chữ ký', async () => {
    const xml = await docxXml((await report(`documentId=${documentId}&asOf=2024-05-15`)).rawPayload);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    expect(margin).toContain('w:top="1134"');
    expect(margin).toContain('w:bottom="1134"');
    expect(margin).toContain('w:left="1701"');
    expect(margin).toContain('w:right="851"');
    const fonts = new Set([...xml.matchAll(/w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect([...fonts]).toEqual(['Times New Roman']);
    expect(xml).toContain('<w:sz w:val="28"/>');
    const lines = paragraphs(xml);
    expect(lines.slice(0, 4)).toEqual(['ĐẢNG BỘ TỈNH YÊN BÁI', 'ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH', '*', `Số ${' '.repeat(7)}-BC/ĐUK`]);
    expect(lines).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines).toContain('Yên Bái, ngày 16 tháng 5 năm 2024');
    expect(lines).toContain('BÁO CÁO');
    expect(lines).toContain('Kết quả thực hiện Công văn số 1720-CV/ĐUK, tính đến ngày 15/05/2024');
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('T/M BAN THƯỜNG VỤ');
  });

  it('số báo cáo do người dùng nhập được in vào số ký hiệu', async () => {
    const lines = paragraphs(await docxXml((await report(`documentId=${documentId}&asOf=2024-05-15&number=35`)).rawPayload));
    expect(lines).toContain('Số 35-BC/ĐUK');
  });

  it('danh sách văn bản và yêu cầu để chọn: có công văn 1720-CV/ĐUK và bốn yêu cầu của nó', async () => {
    const res = await t.app.inject({ url: '/api/reports/sources', headers: { cookie: staff } });
    expect(res.statusCode).toBe(200);
    expect(res.json().documents).toContainEqual(expect.objectContaining({ id: documentId, symbol: '1720-CV/ĐUK' }));
    expect(res.json().requirements.filter((r: { documentId: number }) => r.documentId === documentId)).toHaveLength(4);
  });

  it('xem trước nội dung (JSON) cùng số liệu với DOCX', async () => {
    const res = await t.app.inject({ url: `/api/reports/summary?documentId=${documentId}&asOf=2024-05-15`, headers: { cookie: staff } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.subject).toBe('Kết quả thực hiện Công văn số 1720-CV/ĐUK, tính đến ngày 15/05/2024');
    expect(body.paragraphs).toContainEqual({ text: '1. Đăng ký mô hình "Dân vận khéo" năm 2024', heading: true });
  });

  it('thiếu hoặc thừa lựa chọn, ngày sai: 400 tiếng Việt; văn bản không có: 404; tài khoản đơn vị: 403', async () => {
    for (const q of ['', `documentId=${documentId}&requirementId=${dvkId}`, `documentId=${documentId}&asOf=2024-02-30`, `documentId=${documentId}&number=abc`]) {
      const res = await t.app.inject({ url: url(q), headers: { cookie: staff } });
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.message).toMatch(/[àáảãạăâđêôơư]/i);
    }
    expect((await t.app.inject({ url: url('documentId=999999'), headers: { cookie: staff } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: url(`documentId=${documentId}`), headers: { cookie: await t.login('cucthongke') } })).statusCode).toBe(403);
  });

  it('PDF: có LibreOffice thì ra tệp PDF một trang trở lên; không có thì 503 nêu tên gói Debian', async () => {
    const res = await t.app.inject({ url: `/api/reports/summary.pdf?documentId=${documentId}&asOf=2024-05-15`, headers: { cookie: staff } });
    if (findSoffice()) {
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      const pages = Number(/\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/.exec(res.rawPayload.toString('latin1'))?.[1]);
      expect(pages).toBeGreaterThanOrEqual(1);
    } else {
      expect(res.statusCode).toBe(503);
      expect(res.json().error).toMatchObject({ code: 'PDF_UNAVAILABLE', message: expect.stringContaining('libreoffice-writer-nogui') });
    }
  }, 90_000);
});

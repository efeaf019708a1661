import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/app';
import { DIALECTS } from '../../../test/db';
import { countRows } from '../../../test/factory';
import { analyze, type Directive, type Finding } from '../../vn/index';
import { pdfOf, sampleDocx, sampleText, uploadForm } from './documents.fixtures';
import { ANALYZE_PER_MINUTE } from './documents.routes';
import type { TAnalysis, TDirective, TFinding } from './documents.schemas';

// The response schema must carry every field src/vn produces, or the serializer would drop it silently.
expectTypeOf<TDirective>().toEqualTypeOf<Directive>();
expectTypeOf<TFinding>().toEqualTypeOf<Finding>();

const URL = '/api/documents/analyze';

describe.each(DIALECTS)('POST /api/documents/analyze (%s)', (kind) => {
  let t: TestApp;
  let canbo: string;
  beforeAll(async () => {
    t = await buildTestApp(kind);
    canbo = await t.login('canbo');
  });
  afterAll(async () => { await t?.close(); });

  const sendText = (text: unknown, cookie = canbo) => t.app.inject({ method: 'POST', url: URL, headers: { cookie }, payload: { text } });
  const upload = (data: Buffer, filename: string, cookie = canbo) =>
    t.app.inject({ method: 'POST', url: URL, headers: { cookie }, payload: uploadForm(data, filename) });

  it('cán bộ dán công văn mẫu: thấy số ký hiệu, các phần của văn bản và lỗi ngày của văn bản được dẫn', async () => {
    const before = await countRows(t.database.db);
    const res = await sendText(sampleText());
    expect(res.statusCode).toBe(200);
    const body = res.json<TAnalysis>();
    const expected = analyze(sampleText());
    expect(body.fileType).toBe('text');
    expect(body.encoding).toBeUndefined();
    expect(body.text).toBe(expected.text);
    // Nothing the toolkit found is lost on the way: the whole parsed letter and every finding.
    expect(body.directive).toEqual(JSON.parse(JSON.stringify(expected.directive)));
    expect(body.findings).toEqual(JSON.parse(JSON.stringify(expected.findings)));
    expect(body.directive).toMatchObject({ symbol: '1720-CV/ĐUK', issuedOn: '2024-05-22', place: 'Yên Bái' });
    expect(body.findings.find((f) => f.code === 'REF_DATE_CONFLICT')).toMatchObject({ severity: 'error', line: 21, symbol: '780-CV/BDVTU' });
    // Reading a letter writes nothing: no rows, so no audit entry either.
    expect(await countRows(t.database.db)).toEqual(before);
  });

  it('tải lên tệp Word của công văn mẫu cho cùng kết quả như bản dán', async () => {
    const res = await upload(await sampleDocx(), 'cong-van-1720.docx');
    expect(res.statusCode).toBe(200);
    const body = res.json<TAnalysis>();
    expect(body.fileType).toBe('docx');
    expect(body.directive.symbol).toBe('1720-CV/ĐUK');
    expect(body.findings.map((f) => f.code)).toEqual(analyze(sampleText()).findings.map((f) => f.code));
  });

  it('tải lên tệp PDF có lớp chữ, và tệp TCVN3 (báo bảng mã đã dùng)', async () => {
    const pdf = await upload(pdfOf(['So 1720-CV/DUK', 'Kinh gui: cac chi bo']), 'cv.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.json<TAnalysis>()).toMatchObject({ fileType: 'pdf', text: 'So 1720-CV/DUK\nKinh gui: cac chi bo' });
    const tcvn3 = await upload(readFileSync(new globalThis.URL('../../vn/fixtures/06-cv-tcvn3.tcvn3', import.meta.url)), 'cv.txt');
    expect(tcvn3.statusCode).toBe(200);
    expect(tcvn3.json<TAnalysis>()).toMatchObject({ fileType: 'text', encoding: { name: 'tcvn3', bom: false, repaired: false } });
  });

  it('tệp PDF quét và tệp ảnh nhận lỗi 4xx tiếng Việt, không phải lỗi hệ thống', async () => {
    const scan = await upload(pdfOf([]), 'scan.pdf');
    expect(scan.statusCode).toBe(400);
    expect(scan.json().error).toEqual({ code: 'DOCUMENT_NO_TEXT', message: expect.stringMatching(/không có lớp chữ/) });
    const image = await upload(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'anh.jpg');
    expect(image.statusCode).toBe(415);
    expect(image.json().error.code).toBe('DOCUMENT_UNSUPPORTED');
  });

  it('tệp 10 MB qua được giới hạn tải lên nhưng quá dài để kiểm tra; tệp trên 20 MB bị từ chối ngay', async () => {
    const long = await upload(Buffer.alloc(10 * 1024 * 1024, 0x61), 'dai.txt');
    expect(long.statusCode).toBe(413);
    expect(long.json().error.code).toBe('DOCUMENT_TOO_LONG');
    const huge = await upload(Buffer.alloc(21 * 1024 * 1024, 0x61), 'lon.txt');
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error).toEqual({ code: 'FILE_TOO_LARGE', message: 'Tệp tải lên vượt quá 20 MB.' });
  });

  it(`người kiểm tra quá ${ANALYZE_PER_MINUTE} văn bản một phút phải chờ; người khác không bị ảnh hưởng`, async () => {
    const lanhdao = await t.login('lanhdao');
    for (let i = 0; i < ANALYZE_PER_MINUTE; i++) expect((await sendText('Kính gửi: các chi bộ', lanhdao)).statusCode).toBe(200);
    const limited = await sendText('Kính gửi: các chi bộ', lanhdao);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toEqual({ code: 'RATE_LIMITED', message: expect.stringMatching(/thử lại sau/) });
    expect((await sendText('Kính gửi: các chi bộ', await t.login('admin'))).statusCode).toBe(200);
  });

  it('tài liệu OpenAPI ghi cả hai cách gửi và đủ các trường của kết quả', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/documents/analyze'].post;
    expect(Object.keys(op.requestBody.content).sort()).toEqual(['application/json', 'multipart/form-data']);
    const result = op.responses['200'].content['application/json'].schema;
    expect(Object.keys(result.properties).sort()).toEqual(['directive', 'encoding', 'fileType', 'findings', 'text']);
    expect(result.properties.fileType.description).toMatch(/văn bản thuần/);
    expect(result.properties.findings.items.properties.code.enum).toContain('REF_UNKNOWN_ISSUER');
  });
});

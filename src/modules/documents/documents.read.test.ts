import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors';
import { analyze } from '../../vn/index';
import { docxOf, docxWithDocumentXml, pdfOf, sampleDocx, sampleText, zipOf } from './documents.fixtures';
import { MAX_DOCUMENT_BYTES, MAX_DOCX_XML_BYTES, readDocument } from './documents.read';
import { analyzeFile } from './documents.service';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../vn/fixtures/${name}`, import.meta.url)));

/** The AppError a read throws, or fails the test. */
async function refusal(data: Uint8Array, filename = ''): Promise<AppError> {
  const err = await readDocument(data, filename).then(() => null, (e: unknown) => e);
  if (err instanceof AppError) return err;
  throw new Error(err ? String(err) : 'tệp được chấp nhận');
}

const codes = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('readDocument — văn bản thuần', () => {
  it('đọc công văn mẫu UTF-8 và báo bảng mã UTF-8', async () => {
    const doc = await readDocument(fixture('1720-CV-DUK.txt'), '1720.txt');
    expect(doc).toMatchObject({ fileType: 'text', encoding: { name: 'utf-8', bom: false } });
    expect(doc.text).toContain('Số 1720-CV/ĐUK');
  });

  it('đọc tệp UTF-16 và tệp gõ bằng TCVN3 (ABC) thành tiếng Việt Unicode', async () => {
    const utf16 = await analyzeFile(fixture('10-cv-utf16.utf16le'));
    expect(utf16.encoding?.name).toBe('utf-16le');
    const tcvn3 = await analyzeFile(fixture('06-cv-tcvn3.tcvn3'), 'cong-van.txt');
    expect(tcvn3.encoding?.name).toBe('tcvn3');
    expect(tcvn3.text).toBe(readFileSync(new URL('../../vn/fixtures/legacy-source.txt', import.meta.url), 'utf8'));
  });

  it('tệp đuôi .pdf mà nội dung là chữ vẫn được đọc như văn bản: loại tệp theo nội dung, không theo tên', async () => {
    const doc = await readDocument(new TextEncoder().encode(sampleText()), 'cong-van.pdf');
    expect(doc.fileType).toBe('text');
  });
});

describe(`readDocument — Word và PDF trên Node ${process.version}`, () => {
  it('tệp Word do thư viện docx tạo (tiêu đề dạng bảng) cho cùng kết quả với bản .txt', async () => {
    const fromWord = await analyzeFile(await sampleDocx(), 'cong-van.docx');
    const fromText = analyze(sampleText());
    expect(fromWord.fileType).toBe('docx');
    expect(fromWord.directive.symbol).toBe('1720-CV/ĐUK');
    expect(fromWord.directive.issuedOn).toBe('2024-05-22');
    expect(fromWord.directive.recipients).toEqual(fromText.directive.recipients);
    expect(fromWord.directive.references.map((r) => r.symbol)).toEqual(fromText.directive.references.map((r) => r.symbol));
    expect(codes(fromWord.findings)).toEqual(codes(fromText.findings));
  });

  it('tệp Word nhận ra theo nội dung dù tên là .txt', async () => {
    const doc = await readDocument(await docxOf(['Kính gửi: Các chi bộ']), 'nham-ten.txt');
    expect(doc).toMatchObject({ fileType: 'docx', text: 'Kính gửi: Các chi bộ\n' });
  });

  it('unpdf 1.7.0 đọc được lớp chữ của tệp PDF', async () => {
    const doc = await readDocument(pdfOf(['DANG UY KHOI', 'So 1720-CV/DUK', 'Yen Bai, ngay 22 thang 5 nam 2024 (ban chinh)']), 'cv.pdf');
    expect(doc.fileType).toBe('pdf');
    expect(doc.text.split('\n')).toEqual(['DANG UY KHOI', 'So 1720-CV/DUK', 'Yen Bai, ngay 22 thang 5 nam 2024 (ban chinh)']);
  });
});

describe('readDocument — tệp không đọc được', () => {
  const cases: [string, () => Uint8Array | Promise<Uint8Array>, string, number, string, RegExp][] = [
    ['tệp rỗng', () => new Uint8Array(), 'rong.txt', 400, 'DOCUMENT_EMPTY', /Tệp rỗng/],
    ['tệp chỉ có khoảng trắng', () => new TextEncoder().encode(' \n\t\n '), 'trang.txt', 400, 'DOCUMENT_EMPTY', /không có chữ/],
    ['PDF quét không có lớp chữ', () => pdfOf([]), 'scan.pdf', 400, 'DOCUMENT_NO_TEXT', /không có lớp chữ.*bản quét/],
    ['PDF bị hỏng', () => Buffer.from('%PDF-1.4\nkhong phai pdf'), 'hong.pdf', 400, 'DOCUMENT_CORRUPT', /PDF bị hỏng/],
    ['tệp Word bị cắt cụt', async () => (await sampleDocx()).subarray(0, 2000), 'cut.docx', 400, 'DOCUMENT_CORRUPT', /Word \(\.docx\) bị hỏng/],
    ['tệp Word có document.xml không phải XML', () => docxWithDocumentXml('<w:document><chua dong'), 'hong.docx', 400, 'DOCUMENT_CORRUPT', /bị hỏng/],
    ['tệp Word không có chữ', () => docxWithDocumentXml('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'), 'trong.docx', 400, 'DOCUMENT_EMPTY', /Word không có chữ/],
    ['tệp Excel', () => zipOf([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]), 'bang.xlsx', 415, 'DOCUMENT_UNSUPPORTED', /tệp Excel/],
    ['tệp Word 97-2003', () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cu.doc', 415, 'DOCUMENT_UNSUPPORTED', /Word 97-2003/],
    ['ảnh chụp', () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'anh.png', 415, 'DOCUMENT_UNSUPPORTED', /Tệp ảnh.*OCR/],
    ['tệp nhị phân lạ', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'du-lieu.bin', 415, 'DOCUMENT_UNSUPPORTED', /Không nhận ra loại tệp/],
    ['tệp nhị phân mang đuôi .docx', () => Uint8Array.from({ length: 4096 }, (_, i) => (i * 31) % 256), 'gia.docx', 400, 'DOCUMENT_CORRUPT', /"gia.docx" không phải tệp Word/],
    ['tệp lớn hơn 20 MB', () => new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61), 'lon.txt', 413, 'DOCUMENT_TOO_LARGE', /lớn hơn 20 MB/],
    ['tệp văn bản dài quá 1 triệu ký tự', () => new Uint8Array(4 * 1024 * 1024 + 1).fill(0x61), 'dai.txt', 413, 'DOCUMENT_TOO_LONG', /quá dài/],
  ];
  it.each(cases)('%s: lỗi rõ ràng bằng tiếng Việt', async (_what, make, filename, status, code, message) => {
    const err = await refusal(await make(), filename);
    expect([err.status, err.code]).toEqual([status, code]);
    expect(err.message).toMatch(message);
  });
});

describe('readDocument — tệp Word "bom nén"', () => {
  const huge = Buffer.alloc(MAX_DOCX_XML_BYTES + 1024 * 1024, 0x20);

  it('từ chối tệp có document.xml giải nén lớn hơn 50 MB trước khi mammoth đọc', async () => {
    const bomb = docxWithDocumentXml(huge);
    expect(bomb.length).toBeLessThan(200_000);
    const err = await refusal(bomb, 'bom.docx');
    expect([err.status, err.code]).toEqual([413, 'DOCUMENT_TOO_LARGE']);
    expect(err.message).toMatch(/giải nén lớn hơn 50 MB/);
  });

  it('từ chối cả khi tệp khai man kích thước giải nén là 1 KB', async () => {
    const err = await refusal(docxWithDocumentXml(huge, 1024), 'bom.docx');
    expect(err.code).toBe('DOCUMENT_TOO_LARGE');
  });
});

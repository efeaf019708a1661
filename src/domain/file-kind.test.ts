import { describe, expect, it } from 'vitest';
import { zipOf } from '../modules/documents/documents.fixtures';
import { docBytes, docxBytes, exeBytes, jpgBytes, pdfBytes, plainZip, pngBytes, xlsxBytes } from '../modules/attachments/attachments.fixtures';
import { attachmentFileName, MAX_FILE_NAME_CHARS, sniffFileKind } from './file-kind';

const xml = (name: string) => ({ name, data: Buffer.from('<x/>') });

describe('sniffFileKind: loại tệp theo nội dung', () => {
  it('nhận ra PDF, Word, Excel, JPEG, PNG thật', async () => {
    expect(sniffFileKind(pdfBytes())).toEqual({ kind: 'pdf', mediaType: 'application/pdf' });
    expect(sniffFileKind(await docxBytes()).kind).toBe('docx');
    expect(sniffFileKind(await xlsxBytes())).toEqual({ kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(sniffFileKind(jpgBytes())).toEqual({ kind: 'jpg', mediaType: 'image/jpeg' });
    expect(sniffFileKind(pngBytes())).toEqual({ kind: 'png', mediaType: 'image/png' });
  });

  it('từ chối tệp rỗng, tệp nén đổi tên, .doc cũ, chương trình và chữ thường', () => {
    expect(sniffFileKind(new Uint8Array())).toEqual({ kind: null, refusal: 'empty' });
    expect(sniffFileKind(plainZip())).toEqual({ kind: null, refusal: 'zip' });
    expect(sniffFileKind(docBytes())).toEqual({ kind: null, refusal: 'ole' });
    expect(sniffFileKind(exeBytes())).toEqual({ kind: null, refusal: 'executable' });
    expect(sniffFileKind(Buffer.from('Kính gửi các chi bộ'))).toEqual({ kind: null, refusal: 'unknown' });
  });

  it('PDF chỉ khi "%PDF-" ở đầu tệp; chương trình có chèn "%PDF-" vẫn bị từ chối', () => {
    expect(sniffFileKind(Buffer.concat([Buffer.from('junk'), pdfBytes()])).kind).toBeNull();
    expect(sniffFileKind(Buffer.concat([exeBytes(), pdfBytes()]))).toEqual({ kind: null, refusal: 'executable' });
  });

  it('Word/Excel cần [Content_Types].xml và phần word/ hoặc xl/; PowerPoint, có macro, hay ZIP hỏng đều bị từ chối', async () => {
    expect(sniffFileKind(zipOf([xml('[Content_Types].xml'), xml('word/document.xml')])).kind).toBe('docx');
    expect(sniffFileKind(zipOf([xml('word/document.xml')]))).toEqual({ kind: null, refusal: 'zip' });
    expect(sniffFileKind(zipOf([xml('[Content_Types].xml'), xml('ppt/presentation.xml')]))).toEqual({ kind: null, refusal: 'office_other' });
    const docm = zipOf([xml('[Content_Types].xml'), xml('word/document.xml'), { name: 'word/vbaProject.bin', data: Buffer.from('vba') }]);
    expect(sniffFileKind(docm)).toEqual({ kind: null, refusal: 'macro' });
    const docx = await docxBytes();
    expect(sniffFileKind(docx.subarray(0, docx.length - 30))).toEqual({ kind: null, refusal: 'unknown' });
    // A self-extracting program: a ZIP glued after "MZ" is still a program.
    expect(sniffFileKind(Buffer.concat([exeBytes(), docx])).kind).toBeNull();
  });
});

describe('attachmentFileName: tên tệp lưu và tải về', () => {
  it('giữ tên tiếng Việt, bỏ thư mục, ký tự điều khiển và ký tự ẩn', () => {
    expect(attachmentFileName('C:\\Users\\vanthu\\Báo cáo tự kiểm tra.pdf', 'pdf')).toBe('Báo cáo tự kiểm tra.pdf');
    expect(attachmentFileName('../../etc/passwd\u0000.pdf', 'pdf')).toBe('passwd.pdf');
    expect(attachmentFileName('Ke\u0302\u0301 hoa\u0323ch.docx', 'docx')).toBe('Kế hoạch.docx');
    expect(attachmentFileName('anh\u202Egnp.exe', 'png')).toBe('anhgnp.exe.png');
    expect(attachmentFileName('a"b<c>.xlsx', 'xlsx')).toBe('a_b_c_.xlsx');
  });

  it('đuôi tên theo loại thật: thêm đuôi khi tên sai hoặc thiếu, chữ hoa thành thường', () => {
    expect(attachmentFileName('bien-ban.doc', 'docx')).toBe('bien-ban.doc.docx');
    expect(attachmentFileName('Ảnh hội nghị.JPEG', 'jpg')).toBe('Ảnh hội nghị.jpeg');
    expect(attachmentFileName('', 'png')).toBe('Tệp đính kèm.png');
    expect(attachmentFileName(' .. ', 'pdf')).toBe('Tệp đính kèm.pdf');
  });

  it(`cắt tên dài còn ${MAX_FILE_NAME_CHARS} ký tự, giữ đuôi`, () => {
    const name = attachmentFileName(`${'Báocáo'.repeat(60)}.pdf`, 'pdf');
    expect(Array.from(name)).toHaveLength(MAX_FILE_NAME_CHARS);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { renderReminderLetter } from './letter';
import { letterData, placeOf, symbolSuffixOf } from './reminders.letter-data';
import type { LetterContext } from './reminders.queries';
import { documentXml, visibleText } from './reminders.fixtures';

const CONTEXT: LetterContext = {
  requirementTitle: 'Đăng ký xây dựng mô hình “Dân vận khéo” năm 2024',
  requirementDeadline: '2024-05-31',
  documentSymbol: '1720-CV/ĐUK', documentDate: '2024-05-22', documentIssuer: 'Ban Thường vụ Đảng ủy Khối',
  documentSubject: 'Triển khai thực hiện một số nhiệm vụ công tác Dân vận trong tháng 5 năm 2024',
  committeeName: 'Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Yên Bái', committeeCode: 'duk', parentName: 'Tỉnh ủy Yên Bái',
  responsibleName: 'Ban Tuyên giáo Đảng ủy Khối',
};

describe('công văn đôn đốc (DOCX)', () => {
  it('tạo được tệp DOCX trên Node 20 (docx 9 khai báo Node 22 nhưng chạy được ở đây)', async () => {
    const docx = await renderReminderLetter(letterData({
      context: CONTEXT, units: [{ unitName: 'Cục Thống kê tỉnh Yên Bái', deadline: '2024-05-31' }], date: '2024-06-03', number: null, message: '',
    }));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const text = visibleText(await documentXml(docx));
    expect(text).toContain('Kính gửi: Cục Thống kê tỉnh Yên Bái.');
    expect(text).toContain('Thực hiện văn bản số 1720-CV/ĐUK ngày 22/05/2024 của Ban Thường vụ Đảng ủy Khối');
    expect(text).toContain('Quá hạn, chưa gửi');
    expect(text).toMatch(/Số\s+-CV\/ĐUK/);
    expect(text).toContain('Yên Bái, ngày 03 tháng 6 năm 2024');
  });

  it('lấy địa danh và ký hiệu từ cây tổ chức, có phương án khi thiếu', () => {
    expect(placeOf(CONTEXT)).toBe('Yên Bái');
    expect(placeOf({ parentName: null, committeeName: 'Đảng ủy Khối các cơ quan tỉnh Lào Cai' })).toBe('Lào Cai');
    expect(placeOf({ parentName: null, committeeName: null })).toBe('');
    expect(symbolSuffixOf(CONTEXT.committeeName)).toBe('CV/ĐUK');
    expect(symbolSuffixOf(null)).toBe('CV');
    const d = letterData({ context: { ...CONTEXT, committeeName: null, parentName: null, documentSymbol: null }, units: [], date: '2024-06-03', number: '5', message: '' });
    expect(d.issuer).toBe('BAN TUYÊN GIÁO ĐẢNG UỶ KHỐI');
    expect(d.subject).toBe('V/v đôn đốc đăng ký xây dựng mô hình “Dân vận khéo” năm 2024');
  });
});

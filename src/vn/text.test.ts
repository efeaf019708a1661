import { describe, expect, it } from 'vitest';
import { cleanText, compareVi, foldText, normalizeText, searchKey } from './text';

describe('searchKey', () => {
  it('tìm "cuc thong ke" khớp "Cục Thống kê tỉnh Yên Bái"', () => {
    expect(searchKey('Cục Thống kê tỉnh Yên Bái')).toContain(searchKey('cuc thong ke'));
  });
  it('coi "uỷ" và "ủy" và "uy" là như nhau', () => {
    expect(searchKey('Đảng uỷ Khối')).toBe(searchKey('Đảng ủy Khối'));
    expect(searchKey('Đảng ủy Khối')).toBe('dang uy khoi');
  });
  it('sửa chữ tổ hợp (NFD) và khoảng trắng lạ', () => {
    const nfd = 'Ủy ban'.normalize('NFD');
    expect(cleanText(`  ${nfd}\u00A0\u200B kiểm   tra `)).toBe('Ủy ban kiểm tra');
  });
});

describe('compareVi', () => {
  it('xếp "Đ" sau "D" và "Â" sau "A" theo thứ tự tiếng Việt', () => {
    const names = ['Đoàn', 'Dân', 'Ân', 'An', 'Bình'];
    expect([...names].sort(compareVi)).toEqual(['An', 'Ân', 'Bình', 'Dân', 'Đoàn']);
  });
});

describe('normalizeText', () => {
  it('giữ nguyên số dòng để số dòng của lỗi khớp với tệp', () => {
    const text = 'dòng 1\r\ndòng 2\n\ndòng 4\rdòng 5';
    expect(normalizeText(text).split('\n')).toEqual(['dòng 1', 'dòng 2', '', 'dòng 4', 'dòng 5']);
  });
  it('đổi NFD thành NFC, bỏ BOM, ký tự vô hình và ký tự điều khiển', () => {
    expect(normalizeText('\uFEFFĐảng\u200B ủy\u0007'.normalize('NFD'))).toBe('Đảng ủy');
  });
  it('gộp khoảng trắng trong câu nhưng giữ chỗ ngắt cột của tiêu đề hai cột thành một tab', () => {
    expect(normalizeText(' \tĐẢNG BỘ TỈNH YÊN BÁI\t\tĐẢNG CỘNG SẢN VIỆT NAM')).toBe('ĐẢNG BỘ TỈNH YÊN BÁI\tĐẢNG CỘNG SẢN VIỆT NAM');
    expect(normalizeText('Dân vận  trong\u00A0tháng')).toBe('Dân vận trong tháng');
    expect(normalizeText('Số 12-CV/TU      Yên Bái')).toBe('Số 12-CV/TU\tYên Bái');
  });
});

describe('foldText', () => {
  it('bỏ dấu mà vẫn giữ đúng vị trí từng ký tự', () => {
    const text = 'Ban Dân vận Tỉnh uỷ “Yên Bái” – ĐUK';
    const folded = foldText(text);
    expect(folded).toBe('ban dan van tinh uy “yen bai” – duk');
    expect(folded.length).toBe(text.length);
  });
  it('để nguyên dấu tổ hợp đứng lẻ, không làm lệch vị trí', () => {
    expect(foldText('a\u0301b').length).toBe(3);
  });
});

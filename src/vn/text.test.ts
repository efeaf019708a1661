import { describe, expect, it } from 'vitest';
import { cleanText, compareVi, searchKey } from './text';

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

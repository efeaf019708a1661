import { afterEach, describe, expect, it } from 'vitest';
import { docTypeByAbbr, issuerByCode, issuerCodesForName } from './issuers';
import { createVocabulary, defaultVocabulary, extendVocabulary, foldName, resetVocabulary } from './vocabulary';

afterEach(() => resetVocabulary());

describe('danh mục loại văn bản và cơ quan ban hành', () => {
  it('đổi chữ viết tắt thành tên loại văn bản', () => {
    const names = ['NQ', 'KH', 'HD', 'CV', 'ĐA', 'KL', 'CT', 'QĐ', 'TB', 'BC', 'CTr', 'QC'].map((a) => docTypeByAbbr(a)?.name);
    expect(names).toEqual(['Nghị quyết', 'Kế hoạch', 'Hướng dẫn', 'Công văn', 'Đề án', 'Kết luận', 'Chỉ thị', 'Quyết định', 'Thông báo', 'Báo cáo', 'Chương trình', 'Quy chế']);
    expect(docTypeByAbbr('TT', 'party')?.name).toBe('Thông tri');
    expect(docTypeByAbbr('TT', 'state')?.name).toBe('Thông tư');
  });
  it('biết mã cơ quan của Đảng, của Nhà nước và các ban ghép (BDV + TU)', () => {
    expect(['TW', 'TU', 'HU', 'ĐU', 'ĐUK', 'BDVTU', 'BCĐTU', 'BTGTU', 'TTg', 'CP', 'UBND'].map((c) => issuerByCode(c)?.kind)).toEqual([
      'party', 'party', 'party', 'party', 'party', 'party', 'party', 'party', 'state', 'state', 'state',
    ]);
    expect(issuerByCode('TY')).toBeUndefined();
    expect(issuerByCode('Ttg')?.code).toBe('TTg');
  });
  it('nhận ra cơ quan qua tên trong văn bản, không phân biệt dấu, hoa thường, kiểu đặt dấu', () => {
    const codes = (name: string): string[] => issuerCodesForName(foldName(name));
    expect(codes('Ban Dân vận Tỉnh uỷ')).toEqual(['BDVTU']);
    expect(codes('Ban Chỉ đạo Tỉnh ủy')).toEqual(['BCĐTU']);
    expect(codes('Ban Chỉ đạo QCDC của Tỉnh')).toEqual(['BCĐTU']);
    expect(codes('Ban Thường vụ tỉnh uỷ Yên Bái')).toEqual(['TU']);
    expect(codes('Ban Bí thư')).toEqual(['TW']);
    expect(codes('Bộ Chính trị')).toEqual(['TW']);
    expect(codes('Ban Chấp hành Trung ương')).toEqual(['TW']);
    expect(codes('Thủ tướng Chính phủ')).toEqual(['TTg']);
    expect(codes('Chính phủ')).toEqual(['CP']);
    expect(codes('ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH')).toEqual(['ĐUK']);
  });
  it('mở rộng hoặc thay danh mục mà không sửa mã nguồn', () => {
    extendVocabulary({ issuers: [{ code: 'ĐUCA', kind: 'party', name: 'Đảng ủy Công an tỉnh', patterns: ['Đảng ủy Công an tỉnh'] }] });
    expect(issuerByCode('ĐUCA')?.name).toBe('Đảng ủy Công an tỉnh');
    const own = createVocabulary({ docTypes: [{ abbr: 'KH', name: 'Kế hoạch (riêng)', systems: ['party', 'state'] }] });
    expect(docTypeByAbbr('KH', 'party', own)?.name).toBe('Kế hoạch (riêng)');
    expect(docTypeByAbbr('KH', 'party')?.name).toBe('Kế hoạch');
    resetVocabulary();
    expect(issuerByCode('ĐUCA', defaultVocabulary())).toBeUndefined();
  });
});

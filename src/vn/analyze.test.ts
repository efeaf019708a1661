import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { encodeLegacy } from './legacy-encoding';

const LETTER = 'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH\n*\nSố 10-CV/ĐUK\nV/v thử\nYên Bái, ngày 22 tháng 5 năm 2024\n\nKính gửi: Các chi, đảng bộ cơ sở.\n\nĐề nghị các chi bộ gửi báo cáo trước ngày 25/10/2024.';

describe('analyze', () => {
  it('trả về chữ đã chuẩn hoá, công văn đã đọc và các phát hiện', () => {
    const result = analyze(`\uFEFF${LETTER.normalize('NFD')}`);
    expect(result.text).toBe(LETTER);
    expect(result.encoding).toBeUndefined();
    expect(result.directive.symbol).toBe('10-CV/ĐUK');
    expect(result.findings).toEqual([]);
  });
  it('đọc tệp ở dạng byte và cho biết bảng mã đã dùng', () => {
    expect(analyze(new TextEncoder().encode(LETTER)).encoding).toEqual({ name: 'utf-8', bom: false, repaired: false });
    const tcvn3 = analyze(encodeLegacy(LETTER, 'tcvn3'));
    expect(tcvn3.encoding).toEqual({ name: 'tcvn3', bom: false, repaired: false });
    expect(tcvn3.directive.tasks[0]?.deadline).toBe('2024-10-25');
  });
  it('sửa chữ VNI đã bị đọc sai thành chữ Latin và cho biết đã sửa', () => {
    const garbled = new TextDecoder('windows-1252').decode(encodeLegacy(LETTER, 'vni'));
    const result = analyze(garbled);
    expect(result.encoding).toEqual({ name: 'vni', bom: false, repaired: true });
    expect(result.text).toBe(LETTER);
    expect(analyze(garbled, { repairLegacy: false }).directive.symbol).not.toBe('10-CV/ĐUK');
  });
});

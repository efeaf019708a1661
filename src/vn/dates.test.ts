import { describe, expect, it } from 'vitest';
import { dateAt, findDates, formatDate, formatDateLong, fromIso, isValidDate, parseDate } from './dates';

describe('đọc ngày', () => {
  it('đọc mọi cách viết ngày trong công văn', () => {
    expect(parseDate('ngày 22 tháng 5 năm 2024')?.iso).toBe('2024-05-22');
    expect(parseDate('22/5/2024')?.iso).toBe('2024-05-22');
    expect(parseDate('22/05/2024')?.iso).toBe('2024-05-22');
    expect(parseDate('22-5-2024')?.iso).toBe('2024-05-22');
    expect(parseDate('22.5.2024')?.iso).toBe('2024-05-22');
    expect(parseDate('ngày 22/5/2024')?.iso).toBe('2024-05-22');
    expect(parseDate('Ngày 19/4/2027')?.iso).toBe('2027-04-19');
    expect(parseDate('NGÀY 05 THÁNG 02 NĂM 2024')?.iso).toBe('2024-02-05');
  });
  it('đọc tháng và năm với độ chính xác tương ứng', () => {
    expect(parseDate('tháng 5 năm 2024')).toMatchObject({ iso: '2024-05', date: { year: 2024, month: 5, day: null } });
    expect(parseDate('tháng 5/2024')?.iso).toBe('2024-05');
    expect(parseDate('năm 2024')).toMatchObject({ iso: '2024', date: { year: 2024, month: null, day: null } });
  });
  it('báo ngày không tồn tại chứ không dời sang ngày khác', () => {
    expect(parseDate('31/4/2024')).toMatchObject({ valid: false, iso: null, date: { day: 31, month: 4, year: 2024 } });
    expect(parseDate('29/2/2023')?.problem).toBe('tháng 2/2023 chỉ có 28 ngày');
    expect(parseDate('29/2/2024')?.iso).toBe('2024-02-29');
    expect(parseDate('tháng 13 năm 2024')?.valid).toBe(false);
    expect(isValidDate(2100, 2, 29)).toBe(false);
    expect(isValidDate(2000, 2, 29)).toBe(true);
  });
  it('không lẫn phân số, số điện thoại, số ký hiệu với ngày', () => {
    const text = 'đã có 30/74 chi bộ, số điện thoại 0915.367.487, Kế hoạch 170-KH/BCĐTU, giai đoạn 2023 - 2025';
    expect(findDates(text)).toEqual([]);
  });
  it('tìm ngày liền sau một vị trí, bỏ qua chữ "ngày"', () => {
    const text = 'trước ngày 25/10/2024 để tổng hợp';
    expect(dateAt(text, 'trước '.length)?.iso).toBe('2024-10-25');
    expect(dateAt(text, 0)).toBeNull();
  });
});

describe('viết ngày', () => {
  it('viết dd/mm/yyyy', () => {
    expect(formatDate('2024-05-22')).toBe('22/05/2024');
    expect(formatDate({ year: 2024, month: 9, day: 1 })).toBe('01/09/2024');
    expect(formatDate('2024-05')).toBe('05/2024');
  });
  it('viết dòng địa danh, ngày tháng theo Nghị định 30: thêm số 0 cho ngày dưới 10 và tháng 1, 2', () => {
    expect(formatDateLong('2024-05-22')).toBe('ngày 22 tháng 5 năm 2024');
    expect(formatDateLong('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
    expect(formatDateLong('2024-12-09')).toBe('ngày 09 tháng 12 năm 2024');
  });
  it('không nhận chuỗi ISO của ngày không tồn tại', () => {
    expect(fromIso('2024-04-31')).toBeNull();
  });
});

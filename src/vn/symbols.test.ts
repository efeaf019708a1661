import { describe, expect, it } from 'vitest';
import { findSymbols, formatSymbol, parseSymbol } from './symbols';

describe('số ký hiệu văn bản', () => {
  it('đọc số ký hiệu văn bản của Đảng', () => {
    expect(parseSymbol('1720-CV/ĐUK')).toEqual({ form: 'party', number: '1720', year: null, type: 'CV', issuers: ['ĐUK'], unit: null, term: null });
    expect(parseSymbol('170-KH/BCĐTU')?.issuers).toEqual(['BCĐTU']);
    expect(parseSymbol('114-KL/TW')?.type).toBe('KL');
    expect(parseSymbol('02-HD/BDVTU')?.number).toBe('02');
  });
  it('đọc số ký hiệu văn bản của Nhà nước, văn bản quy phạm có năm và luật', () => {
    expect(parseSymbol('33/CT-TTg')).toMatchObject({ form: 'state', type: 'CT', issuers: ['TTg'] });
    expect(parseSymbol('76/NQ-CP')).toMatchObject({ form: 'state', type: 'NQ', issuers: ['CP'] });
    expect(parseSymbol('1234/UBND-VX')).toMatchObject({ form: 'state-cv', type: 'CV', issuers: ['UBND'], unit: 'VX' });
    expect(parseSymbol('30/2020/NĐ-CP')).toMatchObject({ form: 'legal', year: 2020, type: 'NĐ', issuers: ['CP'] });
    expect(parseSymbol('07/2024/QĐ-UBND')).toMatchObject({ form: 'legal', year: 2024, type: 'QĐ', issuers: ['UBND'] });
    expect(parseSymbol('10/2022/QH15')).toMatchObject({ form: 'law', year: 2022, type: null, issuers: ['QH'], term: 15 });
    expect(parseSymbol('01/2020/TTLT-BNV-BTC')).toMatchObject({ form: 'legal', type: 'TTLT', issuers: ['BNV', 'BTC'] });
  });
  it('chịu được khoảng trắng thừa và báo lại chúng', () => {
    const found = findSymbols('Đề án số 13- ĐA/ TU, Hướng dẫn số 02- HD/BDVTU và công văn số 780 - CV/BDVTU');
    expect(found.map((f) => [f.canonical, f.spaced])).toEqual([
      ['13-ĐA/TU', true],
      ['02-HD/BDVTU', true],
      ['780-CV/BDVTU', true],
    ]);
    expect(findSymbols('Kế hoạch số 252-KH/ĐUK ngày 25/3/2024')[0]).toMatchObject({ raw: '252-KH/ĐUK', spaced: false });
  });
  it('không nhầm ngày, phân số hay khoảng năm với số ký hiệu', () => {
    expect(findSymbols('ngày 22/5/2024 có 30/74 chi bộ, giai đoạn 2023 - 2025, V/v báo cáo')).toEqual([]);
  });
  it('dừng số ký hiệu trước chữ thường ("… /TU - Ban Dân vận")', () => {
    expect(findSymbols('13-ĐA/TU - Ban Dân vận')[0]?.canonical).toBe('13-ĐA/TU');
  });
  it('viết lại đúng dạng chuẩn không có khoảng trắng', () => {
    for (const s of ['1720-CV/ĐUK', '33/CT-TTg', '1234/UBND-VX', '30/2020/NĐ-CP', '10/2022/QH15']) expect(formatSymbol(parseSymbol(s)!)).toBe(s);
  });
});

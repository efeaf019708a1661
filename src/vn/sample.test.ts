/**
 * The sample letter 1720-CV/ĐUK (../shared/samples, copied to ./fixtures so the tests stand alone):
 * what it must parse to and every mistake it contains, nothing more.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';

const COPY = join(import.meta.dirname, 'fixtures', '1720-CV-DUK.txt');
const { directive, findings } = analyze(readFileSync(COPY, 'utf8'));

describe('công văn mẫu 1720-CV/ĐUK', () => {
  // The copy in ./fixtures is the one under test, so the suite never depends on the shared folder being there.
  it('bản chép trong fixtures cho ra đúng JSON đã duyệt (fixtures/1720-CV-DUK.expected.json)', () => {
    const expected = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', '1720-CV-DUK.expected.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify({ directive, findings }))).toEqual({ directive: expected.directive, findings: expected.findings });
  });

  it('đọc được tiêu đề dù hai cột bị dàn thành từng dòng', () => {
    expect(directive).toMatchObject({
      symbol: '1720-CV/ĐUK',
      number: '1720',
      type: 'CV',
      typeName: 'Công văn',
      issuer: 'ĐẢNG UỶ KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
      issuerCode: 'ĐUK',
      parentIssuer: 'ĐẢNG BỘ TỈNH YÊN BÁI',
      place: 'Yên Bái',
      issuedOn: '2024-05-22',
      subject: 'V/v triển khai thực hiện một số nhiệm vụ công tác Dân vận trong tháng 5 năm 2024',
      recipients: ['Các chi, đảng bộ cơ sở', 'Các đoàn thể khối'],
      system: 'party',
    });
    expect(directive.sections.map((s) => s.number)).toEqual([1, 2, 3, 4]);
  });

  it('liệt kê mọi văn bản được dẫn, mỗi số ký hiệu một lần, không có khoảng trắng', () => {
    expect(directive.references.map((r) => r.symbol)).toEqual([
      '13-ĐA/TU', '02-HD/BDVTU', '252-KH/ĐUK', '780-CV/BDVTU', '170-KH/BCĐTU', '253-KH/ĐUK', '171-KH/BDVTU', '114-KL/TW',
      '33/CT-TTg', '25-NQ/TW', '23-QĐ/TW', '120-KL/TW', '300-QĐ/TU', '66-NQ/TU', '40-NQ/TU', '116-NQ/TY', '76/NQ-CP',
    ]);
    expect(directive.references[0]).toMatchObject({
      type: 'ĐA', number: '13', issuerCode: 'TU', issuer: 'Ban Thường vụ tỉnh uỷ Yên Bái', date: '2023-03-16',
      title: 'Nâng cao chất lượng, hiệu quả phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh Yên Bái, giai đoạn 2023 - 2025, định hướng đến năm 2030',
    });
    expect(directive.references.find((r) => r.symbol === '253-KH/ĐUK')).toMatchObject({ issuer: 'Đảng ủy Khối', date: '2024-03-25' });
    const letter780 = directive.references.find((r) => r.symbol === '780-CV/BDVTU')!;
    expect(letter780.mentions.map((m) => [m.line, m.date])).toEqual([[21, '2027-04-19'], [30, '2024-05-13']]);
  });

  it('tách nhiệm vụ tự kiểm tra ở mục 3 thành hai hạn: các đơn vị khác 25/10/2024, ba đơn vị có tên 01/9/2024', () => {
    const section3 = directive.tasks.filter((t) => t.section === 3);
    expect(section3).toHaveLength(2);
    expect(section3[0]).toMatchObject({ assignees: ['các chi, đảng bộ cơ sở'], deadline: '2024-10-25', period: null });
    expect(section3[1]).toMatchObject({
      assignees: ['Ban Quản lý các khu công nghiệp tỉnh Yên Bái', 'Cục Thống kê tỉnh Yên Bái', 'Trường Cao đẳng Yên Bái'],
      deadline: '2024-09-01',
      period: { from: '2023-10-01', to: '2024-09-30' },
    });
  });

  it('gắn mỗi nhiệm vụ với mục của nó (1: Dân vận khéo, 2: QCDC, 3: tự kiểm tra, 4: Kết luận 114/Chỉ thị 33)', () => {
    const bySection = directive.tasks.filter((t) => t.section !== null).map((t) => [t.section, t.line]);
    expect(bySection).toEqual([[1, 21], [2, 24], [3, 26], [3, 27], [4, 30]]);
    expect(directive.tasks.find((t) => t.section === 4)?.items).toHaveLength(6);
  });

  it('đọc số liệu và các phần "trong đó", kèm ngày tính đến', () => {
    expect(directive.stats.map((s) => [s.asOf, s.numerator, s.denominator, s.parts.map((p) => p.value)])).toEqual([
      ['2024-05-15', 30, 74, []],
      ['2024-05-15', 133, null, [2, 131]],
      ['2024-05-15', 131, null, [73, 58]],
      ['2024-05-15', 40, 74, []],
    ]);
  });

  it('đọc người liên hệ, số điện thoại chỉ còn chữ số', () => {
    expect(directive.contacts).toEqual([
      { name: 'Nguyễn Đức Phương', position: 'Ủy viên Ban Thường vụ, Trưởng ban Tuyên giáo Đảng ủy Khối', phone: '0915367487', email: null, line: 28 },
    ]);
  });

  it('báo đúng mọi lỗi của công văn và không báo gì khác', () => {
    expect(findings.map((f) => [f.line, f.code, f.symbol ?? f.date ?? f.text])).toEqual([
      [18, 'TYPO', 'khai thực hiện'],
      [19, 'SYMBOL_FORMAT', '13-ĐA/TU'],
      [19, 'SYMBOL_FORMAT', '02-HD/BDVTU'],
      [19, 'QUOTE_SPACING', 'về“Nâng'],
      [21, 'REF_DATE_CONFLICT', '780-CV/BDVTU'],
      [21, 'REF_DATE_FUTURE', '780-CV/BDVTU'],
      [21, 'SYMBOL_FORMAT', '780-CV/BDVTU'],
      [21, 'QUOTE_SPACING', '“ Dân'],
      [26, 'REF_ISSUER_MISMATCH', '171-KH/BDVTU'],
      [26, 'SYMBOL_FORMAT', '171-KH/BDVTU'],
      [26, 'TYPO', 'đoàn vị'],
      [27, 'DEADLINE_BEFORE_PERIOD_END', '2024-09-01'],
      [32, 'REF_UNKNOWN_ISSUER', '116-NQ/TY'],
      [32, 'QUOTE_UNCLOSED', '“Quy chế công tác dân vận của hệ thống chính trị tỉnh Yên'],
      [33, 'TYPO', 'thi'],
    ]);
    expect(findings.find((f) => f.code === 'REF_DATE_FUTURE')).toMatchObject({ date: '2027-04-19', severity: 'error' });
    expect(findings.find((f) => f.code === 'REF_ISSUER_MISMATCH')).toMatchObject({ text: 'Ban Chỉ đạo Tỉnh ủy' });
    expect(findings.some((f) => f.code === 'SUM_MISMATCH' || f.code === 'FRACTION_INVALID')).toBe(false);
  });
});

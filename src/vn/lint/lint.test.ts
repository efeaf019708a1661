import { describe, expect, it } from 'vitest';
import { parseDirective } from '../directive';
import { lintDirective } from './index';
import { LINT_CODES } from './types';

const HEAD = [
  'ĐẢNG BỘ TỈNH YÊN BÁI',
  'ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH',
  '*',
  'Số 10-CV/ĐUK',
  'V/v thử kiểm tra công văn',
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'Yên Bái, ngày 22 tháng 5 năm 2024',
  '',
  'Kính gửi: Các chi, đảng bộ cơ sở.',
  '',
].join('\n');
/** Line 11 is the first body line. */
const lint = (body: string) => lintDirective(`${HEAD}\n${body}`);
const codes = (body: string): string[] => lint(body).map((f) => f.code);

describe('kiểm tra công văn: mỗi loại lỗi', () => {
  it('REF_DATE_CONFLICT: cùng số ký hiệu, hai ngày', () => {
    const f = lint('Thực hiện Công văn số 780-CV/BDVTU ngày 13/5/2024 của Ban Dân vận Tỉnh ủy.\nTheo Công văn số 780-CV/BDVTU ngày 14/5/2024 của Ban Dân vận Tỉnh ủy.');
    expect(f).toEqual([expect.objectContaining({ code: 'REF_DATE_CONFLICT', severity: 'error', line: 12, symbol: '780-CV/BDVTU', date: '2024-05-14' })]);
  });
  it('REF_DATE_FUTURE: văn bản được dẫn mang ngày sau ngày của công văn', () => {
    expect(codes('Thực hiện Kế hoạch số 12-KH/TU ngày 01/6/2024 của Tỉnh ủy.')).toEqual(['REF_DATE_FUTURE']);
  });
  it('REF_ISSUER_MISMATCH: mã cơ quan khác cơ quan được nêu tên', () => {
    expect(codes('Thực hiện Kế hoạch số 171-KH/BDVTU ngày 25/3/2024 của Ban Chỉ đạo Tỉnh ủy.')).toEqual(['REF_ISSUER_MISMATCH']);
    expect(codes('Thực hiện Kế hoạch số 171-KH/BCĐTU ngày 25/3/2024 của Ban Chỉ đạo QCDC của Tỉnh.')).toEqual([]);
    expect(codes('Thực hiện Công văn số 12-CV/TU ngày 02/5/2024 của Ban Tuyên giáo Tỉnh ủy.')).toEqual([]);
  });
  it('REF_UNKNOWN_ISSUER: lỗi với mã của Đảng, cảnh báo với mã của Nhà nước', () => {
    const f = lint('Thực hiện Nghị quyết số 116-NQ/TY ngày 14/4/2023 và Công văn số 55/SXX-VP ngày 02/5/2024.');
    expect(f.map((x) => [x.code, x.severity, x.symbol])).toEqual([
      ['REF_UNKNOWN_ISSUER', 'error', '116-NQ/TY'],
      ['REF_UNKNOWN_ISSUER', 'warning', '55/SXX-VP'],
    ]);
  });
  it('REF_YEAR_MISMATCH: năm trong số ký hiệu khác năm ban hành', () => {
    expect(codes('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.')).toEqual(['REF_YEAR_MISMATCH']);
    expect(codes('Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.')).toEqual([]);
  });
  it('REF_TYPE_MISMATCH và REF_UNKNOWN_TYPE', () => {
    expect(codes('Thực hiện Kế hoạch số 02-HD/BDVTU ngày 27/6/2023.')).toEqual(['REF_TYPE_MISMATCH']);
    expect(codes('Thực hiện văn bản số 02-XY/BDVTU ngày 27/6/2023.')).toEqual(['REF_UNKNOWN_TYPE']);
    expect(codes('Thực hiện Thông báo kết luận số 15-TB/TU ngày 27/6/2023.')).toEqual([]);
  });
  it('DEADLINE_BEFORE_PERIOD_END và DEADLINE_BEFORE_ISSUE', () => {
    const f = lint('Đề nghị các chi bộ báo cáo từ ngày 01/10/2023 đến ngày 30/9/2024 trước ngày 01/9/2024.\nĐề nghị các chi bộ báo cáo trước ngày 20/5/2024.');
    expect(f.map((x) => [x.line, x.code, x.date])).toEqual([
      [11, 'DEADLINE_BEFORE_PERIOD_END', '2024-09-01'],
      [12, 'DEADLINE_BEFORE_ISSUE', '2024-05-20'],
    ]);
  });
  it('PERIOD_INVERTED và DATE_INVALID (báo, không dời ngày)', () => {
    expect(codes('Đề nghị các chi bộ báo cáo từ ngày 30/6/2024 đến ngày 01/01/2024.')).toEqual(['PERIOD_INVERTED']);
    const f = lint('Đề nghị các chi bộ báo cáo trước ngày 31/4/2024.');
    expect(f).toEqual([expect.objectContaining({ code: 'DATE_INVALID', text: '31/4/2024' })]);
    expect(parseDirective(`${HEAD}\nĐề nghị các chi bộ báo cáo trước ngày 31/4/2024.`).tasks[0]?.deadline).toBeNull();
  });
  it('SUM_MISMATCH (lỗi khi vượt tổng, cảnh báo khi thiếu) nhưng không báo khi cộng đúng', () => {
    expect(lint('Có 133 mô hình, trong đó 02 mô hình cấp Khối và 132 mô hình cấp cơ sở.').map((f) => [f.code, f.severity])).toEqual([['SUM_MISMATCH', 'error']]);
    expect(lint('Có 133 mô hình, trong đó 02 mô hình cấp Khối và 130 mô hình cấp cơ sở.').map((f) => [f.code, f.severity])).toEqual([['SUM_MISMATCH', 'warning']]);
    expect(codes('Có 133 mô hình, trong đó 02 mô hình cấp Khối và 131 mô hình cấp cơ sở.')).toEqual([]);
    expect(codes('Có 150 đảng viên, trong đó 40 đồng chí nữ và 30 đồng chí dân tộc thiểu số.')).toEqual([]);
    expect(codes('Có 150 đảng viên, trong đó 40 đảng viên nữ và 30 đảng viên dân tộc thiểu số.')).toEqual([]);
  });
  it('FRACTION_INVALID và STAT_TOTAL_CONFLICT', () => {
    expect(codes('Tính đến ngày 15/5/2024 đã có 80/74 chi, đảng bộ cơ sở gửi đăng ký.')).toEqual(['FRACTION_INVALID']);
    expect(codes('Tính đến ngày 15/5/2024 có 30/74 chi, đảng bộ cơ sở đăng ký; 40/75 chi, đảng bộ cơ sở có kế hoạch.')).toEqual(['STAT_TOTAL_CONFLICT']);
  });
  it('STAT_DATE_FUTURE: số liệu tính đến ngày sau ngày ban hành', () => {
    expect(codes('Tính đến ngày 31/5/2024 đã có 30/74 chi, đảng bộ cơ sở gửi đăng ký.')).toEqual(['STAT_DATE_FUTURE']);
  });
  it('SYMBOL_FORMAT: khoảng trắng thừa trong số ký hiệu, kể cả của chính công văn', () => {
    expect(lint('Thực hiện Đề án số 13- ĐA/ TU ngày 16/3/2023 của Ban Thường vụ Tỉnh ủy.')).toEqual([
      expect.objectContaining({ code: 'SYMBOL_FORMAT', severity: 'warning', symbol: '13-ĐA/TU', text: '13- ĐA/ TU' }),
    ]);
    expect(lintDirective(HEAD.replace('Số 10-CV/ĐUK', 'Số 10 -CV/ĐUK')).map((f) => [f.code, f.line])).toEqual([['SYMBOL_FORMAT', 4]]);
  });
  it('HEADER_ISSUER_MISMATCH và HEADER_MISSING', () => {
    expect(lintDirective(HEAD.replace('Số 10-CV/ĐUK', 'Số 10-CV/BDVTU')).map((f) => f.code)).toEqual(['HEADER_ISSUER_MISMATCH']);
    expect(lintDirective(HEAD.replace('Yên Bái, ngày 22 tháng 5 năm 2024', '')).map((f) => [f.code, f.line])).toEqual([['HEADER_MISSING', null]]);
  });
  it('SECTION_NUMBERING, QUOTE_UNCLOSED, QUOTE_SPACING, TYPO, PHONE_INVALID', () => {
    expect(codes('1. Mục một\nNội dung.\n3. Mục ba\nNội dung.')).toEqual(['SECTION_NUMBERING']);
    expect(codes('Về việc ban hành “Quy chế công tác dân vận, Nghị quyết về “tăng cường”.')).toEqual(['QUOTE_UNCLOSED']);
    expect(codes('Thực hiện phong trào“Dân vận khéo” và “ Dân vận khéo ”.')).toEqual(['QUOTE_SPACING', 'QUOTE_SPACING', 'QUOTE_SPACING']);
    expect(codes('Phối hợp với thủ trưởng cơ quan, đoàn vị kịp thời sử lý.')).toEqual(['TYPO', 'TYPO']);
    expect(codes('Mọi vướng mắc liên hệ đồng chí Nguyễn Văn An, điện thoại 0912.345.67.')).toEqual(['PHONE_INVALID']);
  });
  it('mọi mã lỗi đều có mức độ và mô tả tiếng Việt', () => {
    for (const [severity, description] of Object.values(LINT_CODES)) {
      expect(['error', 'warning', 'info']).toContain(severity);
      expect(description.length).toBeGreaterThan(10);
    }
  });
});

describe('kiểm tra công văn: cách dùng', () => {
  it('công văn không có lỗi thì không có phát hiện nào', () => {
    const body = [
      'Thực hiện Kế hoạch số 252-KH/ĐUK ngày 25/3/2024 của Ban Thường vụ Đảng ủy Khối về tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo” năm 2024, Đảng ủy Khối đề nghị các chi, đảng bộ cơ sở gửi báo cáo về Ban Tuyên giáo trước ngày 25/10/2024.',
      'Tính đến ngày 15/5/2024 đã có 30/74 chi, đảng bộ cơ sở đăng ký 133 mô hình, trong đó 02 mô hình cấp Khối và 131 mô hình cấp cơ sở.',
    ].join('\n');
    expect(lint(body)).toEqual([]);
  });
  it('kiểm tra được JSON đã đọc (không có chữ gốc): bỏ qua các kiểm tra cần chữ', () => {
    const json = JSON.parse(JSON.stringify(parseDirective(`${HEAD}\nThực hiện Kế hoạch số 12-KH/TU ngày 01/6/2024 của Tỉnh ủy về “thi đua.`)));
    expect(lintDirective(json).map((f) => f.code)).toEqual(['REF_DATE_FUTURE']);
  });
  it('dùng ngày tham chiếu khi công văn không ghi ngày', () => {
    const text = `${HEAD.replace('Yên Bái, ngày 22 tháng 5 năm 2024', '')}\nThực hiện Kế hoạch số 12-KH/TU ngày 01/6/2024 của Tỉnh ủy.`;
    expect(lintDirective(text, { referenceDate: '2024-05-22' }).map((f) => f.code)).toEqual(['HEADER_MISSING', 'REF_DATE_FUTURE']);
  });
});

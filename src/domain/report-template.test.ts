import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_TEMPLATE, SAMPLE_FIGURES, SUMMARY_PLACEHOLDERS, summaryContext, toParagraphs } from './report-summary';
import { checkTemplate, placeholderList, renderTemplate, TemplateError } from './report-template';

describe('mẫu lời văn báo cáo: điền số liệu', () => {
  it('điền giá trị, giá trị lồng nhau theo dấu chấm, và để trống chỗ không có dữ liệu', () => {
    expect(renderTemplate('Đã có {{dvk.donVi}}/{{dvk.tongDonVi}} đơn vị; {{khong}}.', { dvk: { donVi: '30', tongDonVi: '74' } })).toBe('Đã có 30/74 đơn vị; .');
  });

  it('lặp một danh sách, mỗi mục tìm tên trong chính nó trước rồi mới ra ngoài', () => {
    const out = renderTemplate('{{#chuaGui}}{{stt}}. {{ten}} ({{nam}})\n{{/chuaGui}}', { nam: 2024, chuaGui: [{ stt: 1, ten: 'Sở Tư pháp' }, { stt: 2, ten: 'Thanh tra tỉnh' }] });
    expect(out).toBe('1. Sở Tư pháp (2024)\n2. Thanh tra tỉnh (2024)\n');
  });

  it('khối đảo {{^…}} chỉ hiện khi danh sách rỗng hoặc cờ tắt; dòng chỉ có thẻ khối thì biến mất cùng dấu xuống dòng', () => {
    const tpl = 'Đầu\n{{#coChuaGui}}\nCòn đơn vị chưa gửi\n{{/coChuaGui}}\n{{^coChuaGui}}\nĐủ cả\n{{/coChuaGui}}\nCuối';
    expect(renderTemplate(tpl, { coChuaGui: false })).toBe('Đầu\nĐủ cả\nCuối');
    expect(renderTemplate(tpl, { coChuaGui: true })).toBe('Đầu\nCòn đơn vị chưa gửi\nCuối');
  });

  it('mẫu sai cú pháp (khối không đóng, thẻ đóng lệch) bị từ chối với số dòng', () => {
    expect(() => renderTemplate('a\n{{#yeuCau}}b', {})).toThrow(TemplateError);
    expect(checkTemplate('a\n{{#yeuCau}}b', SUMMARY_PLACEHOLDERS)).toEqual([{ kind: 'unclosed', name: 'yeuCau', line: 2 }]);
    expect(checkTemplate('{{#yeuCau}}{{/chuaGui}}', SUMMARY_PLACEHOLDERS)).toEqual([{ kind: 'mismatch', name: 'yeuCau/chuaGui', line: 1 }]);
    expect(checkTemplate('{{/yeuCau}}', SUMMARY_PLACEHOLDERS)).toEqual([{ kind: 'unexpected', name: 'yeuCau', line: 1 }]);
    expect(checkTemplate('{{ số liệu }}', SUMMARY_PLACEHOLDERS)).toEqual([expect.objectContaining({ kind: 'syntax' })]);
  });

  it('chỗ điền không có, hoặc dùng ngoài khối của nó, là "unknown"; mẫu mặc định thì hợp lệ', () => {
    expect(checkTemplate(DEFAULT_SUMMARY_TEMPLATE, SUMMARY_PLACEHOLDERS)).toEqual([]);
    expect(checkTemplate('{{dvk.tongMoHinh}} {{dvk.soMoHinh}}', SUMMARY_PLACEHOLDERS)).toEqual([{ kind: 'unknown', name: 'dvk.soMoHinh', line: 1 }]);
    // "ten" exists only inside {{#chuaGui}}.
    expect(checkTemplate('{{ten}}\n{{#yeuCau}}{{#chuaGui}}{{ten}}{{/chuaGui}}{{/yeuCau}}', SUMMARY_PLACEHOLDERS)).toEqual([{ kind: 'unknown', name: 'ten', line: 1 }]);
  });

  it('danh sách chỗ điền cho người soạn mẫu viết đúng cú pháp', () => {
    const list = placeholderList(SUMMARY_PLACEHOLDERS).map((p) => p.placeholder);
    expect(list).toContain('{{dvk.tongMoHinh}}');
    expect(list).toContain('{{#yeuCau}}…{{/yeuCau}}');
    expect(list).toContain('{{#chuaGui}}…{{/chuaGui}}');
    expect(placeholderList(SUMMARY_PLACEHOLDERS)).toContainEqual({ placeholder: '{{ten}}', description: 'tên đơn vị (trong {{#chuaGui}})' });
  });
});

describe('báo cáo tổng hợp: lời văn mặc định', () => {
  it('nói đúng các con số của công văn mẫu: 30/74, 133 mô hình, 02 cấp Khối, 131 cấp cơ sở, 73 tiếp tục, 58 mới, 40/74 QCDC', () => {
    const text = renderTemplate(DEFAULT_SUMMARY_TEMPLATE, summaryContext(SAMPLE_FIGURES));
    expect(text).toContain('Thực hiện Công văn số 1720-CV/ĐUK ngày 22/05/2024');
    expect(text).toContain('Tính đến ngày 15/05/2024 đã có 30/74 chi, đảng bộ cơ sở gửi đăng ký mô hình "Dân vận khéo" năm 2024, với 133 mô hình đăng ký, '
      + 'trong đó có 02 mô hình cấp Đảng ủy Khối và 131 mô hình cấp cơ sở: trong đó 73 mô hình tiếp tục thực hiện từ năm 2023 và 58 mô hình đăng ký mới năm 2024.');
    expect(text).toContain('đã có 40/74 chi, đảng bộ cơ sở xây dựng kế hoạch thực hiện Quy chế dân chủ ở cơ sở năm 2024.');
    expect(text).toContain('Các đơn vị quá hạn chưa gửi (02 đơn vị):\n- Sở Tư pháp tỉnh Yên Bái;\n- Thanh tra tỉnh Yên Bái.\n');
    expect(text).not.toContain('Tất cả các đơn vị được giao đã gửi.');
  });

  it('dòng "# " thành đề mục in đậm, dòng trống bị bỏ', () => {
    expect(toParagraphs('# 1. Đăng ký\n\n  Nội dung  \n#\n')).toEqual([{ text: '1. Đăng ký', heading: true }, { text: 'Nội dung', heading: false }]);
  });

  it('báo cáo một yêu cầu lẻ không có văn bản: câu mở đầu không nhắc văn bản', () => {
    const all = { ...SAMPLE_FIGURES.requirements[1]!, submitted: 74, missing: 0, notSubmitted: [] };
    const text = renderTemplate(DEFAULT_SUMMARY_TEMPLATE, summaryContext({ ...SAMPLE_FIGURES, document: null, requirements: [all] }));
    expect(text.split('\n')[0]).toBe('Đảng ủy Khối cơ quan và doanh nghiệp tỉnh báo cáo kết quả thực hiện tính đến ngày 15/05/2024 như sau:');
    expect(text).not.toContain('Dân vận khéo');
    expect(text).toContain('74/74 chi, đảng bộ cơ sở xây dựng kế hoạch');
    expect(text).toContain('Tất cả các đơn vị được giao đã gửi.');
  });
});

import { describe, expect, it } from 'vitest';
import { ZDocumentCreate, type TRequirementDraft } from '../../modules/documents/documents.registry.schemas';
import { ZRequirementCreate } from '../../modules/requirements/requirements.schemas';
import { bodyOfDraft, initialFromQuery, listStateFromParams, listStateToParams, toDocumentBody, typeOfSymbol, valuesOfDraft } from './documents.registry.form';

const draft: TRequirementDraft = {
  kind: 'self_inspection',
  title: 'Báo cáo tự kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024',
  instructions: 'Các chi, đảng bộ cơ sở: xây dựng báo cáo tự kiểm tra',
  deadline: '2024-10-25',
  periodFrom: '2023-10-01',
  periodTo: '2024-09-30',
  contactName: 'Nguyễn Đức Phương',
  contactPhone: '0915367487',
  targets: [{ rule: 'all_grassroots', unitId: 2 }],
  deadlineOverrides: [{ unitId: 11, deadline: '2024-09-01' }, { unitId: 12, deadline: '2024-09-01' }],
  documentId: 7,
  year: 2024,
  responsibleUnitId: 3,
  sourceText: 'Đảng uỷ Khối đề nghị…',
  section: 3,
  deadlineInferred: false,
  matchedUnits: [{ assignee: 'Cục Thống kê tỉnh Yên Bái', unitId: 11, code: 'cucthongke', name: 'Cục Thống kê tỉnh Yên Bái' }],
  unmatchedAssignees: [],
};

describe('biểu mẫu văn bản → nội dung gửi máy chủ', () => {
  it('nơi nhận gõ mỗi dòng một nơi thành danh sách, bỏ gạch đầu dòng và dấu câu cuối; ô trống thành null', () => {
    const body = toDocumentBody({
      direction: 'incoming', symbol: ' 45-CV/ĐU ', number: '', subject: '  V/v báo cáo  ',
      recipients: '- Các chi bộ trực thuộc;\n\n- Đảng ủy Khối (b/c).\n', body: 'Toàn văn',
    });
    expect(body).toMatchObject({ symbol: '45-CV/ĐU', number: null, place: null, issuedOn: null, subject: 'V/v báo cáo', recipients: ['Các chi bộ trực thuộc', 'Đảng ủy Khối (b/c)'] });
    expect(ZDocumentCreate.safeParse(body).success).toBe(true);
  });

  it('đọc loại văn bản từ số ký hiệu của Đảng và của Nhà nước', () => {
    expect(typeOfSymbol('1720-CV/ĐUK')).toBe('CV');
    expect(typeOfSymbol('116-NQ/TY')).toBe('NQ');
    expect(typeOfSymbol('33/CT-TTg')).toBe('CT');
    expect(typeOfSymbol('30/2020/NĐ-CP')).toBe('NĐ');
    expect(typeOfSymbol('10/2022/QH15')).toBeNull();
  });

  it('«Thêm văn bản này» điền sẵn số ký hiệu, số, loại, ngày và trích yếu từ địa chỉ; ngày sai bị bỏ qua', () => {
    expect(initialFromQuery(new URLSearchParams('symbol=116-NQ/TY&date=2023-04-14&title=Về giám sát'))).toMatchObject({
      direction: 'incoming', symbol: '116-NQ/TY', number: '116', type: 'NQ', issuedOn: '2023-04-14', subject: 'Về giám sát',
    });
    expect(initialFromQuery(new URLSearchParams('symbol=1-CV/X&date=14/04/2023')).issuedOn).toBeNull();
  });
});

describe('yêu cầu đề xuất → POST /api/requirements', () => {
  it('chưa sửa gì thì gửi đúng yêu cầu đề xuất, gắn với văn bản, hợp lệ theo hợp đồng của yêu cầu', () => {
    const body = bodyOfDraft(draft, valuesOfDraft(draft));
    expect(body).toEqual({
      kind: 'self_inspection', title: draft.title, instructions: draft.instructions, deadline: '2024-10-25', periodFrom: '2023-10-01', periodTo: '2024-09-30',
      contactName: 'Nguyễn Đức Phương', contactPhone: '0915367487', targets: [{ rule: 'all_grassroots', unitId: 2 }],
      deadlineOverrides: draft.deadlineOverrides, documentId: 7, year: 2024, responsibleUnitId: 3,
    });
    expect(ZRequirementCreate.safeParse(body).success).toBe(true);
  });

  it('giữ các chỉnh sửa của cán bộ: bỏ kỳ báo cáo, xóa người liên hệ, đổi đơn vị được giao; hạn sang năm khác thì năm theo hạn mới', () => {
    const edited = { ...valuesOfDraft(draft), period: null, contactName: '  ', targets: [{ rule: 'unit' as const, unitId: 11 }], deadline: '2025-01-15' };
    const body = bodyOfDraft(draft, edited);
    expect(body).toMatchObject({ periodFrom: null, periodTo: null, contactName: null, targets: [{ rule: 'unit', unitId: 11 }], deadline: '2025-01-15', year: undefined });
    expect(ZRequirementCreate.parse(body).year).toBeUndefined();
  });
});

describe('sổ văn bản giữ tìm kiếm và trang trong địa chỉ', () => {
  it('đọc lại đúng trạng thái đã ghi; trang đầu, cỡ trang và cách sắp xếp mặc định không ghi vào địa chỉ', () => {
    const state = { filter: { q: 'dân vận khéo', type: 'KH', year: 2024, direction: 'incoming' as const }, sort: 'subject' as const, page: 3, pageSize: 50 };
    const params = new URLSearchParams(listStateToParams(state));
    expect(listStateFromParams(params)).toEqual({ ...state, filter: { ...state.filter, issuer: undefined } });
    expect(listStateToParams(listStateFromParams(new URLSearchParams()))).toEqual({});
  });

  it('giá trị lạ trong địa chỉ trở về mặc định thay vì gửi lên máy chủ', () => {
    const s = listStateFromParams(new URLSearchParams('year=abc&direction=ngang&sort=x&page=-2&pageSize=7&q=%20%20'));
    expect(s).toEqual({ filter: { q: undefined, type: undefined, issuer: undefined, year: undefined, direction: undefined }, sort: 'issuedOn', page: 1, pageSize: 20 });
  });
});

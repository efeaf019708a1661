import { describe, expect, it } from 'vitest';
import { LETTER_1720_TEXT } from '../db/seed/demo-letter';
import { analyze } from '../vn/index';
import { addDays, type DraftLetter, draftRequirements, type DraftUnit, isGenericAssignee, kindOf } from './requirement-drafts';

const unit = (id: number, code: string, name: string): DraftUnit => ({ id, code, name, kind: 'dang_bo_co_so', path: `/1/${id}/` });
const UNITS = [
  unit(11, 'bqlkcn', 'Ban Quản lý các khu công nghiệp tỉnh Yên Bái'),
  unit(12, 'cucthongke', 'Cục Thống kê tỉnh Yên Bái'),
  unit(13, 'cdyenbai', 'Trường Cao đẳng Yên Bái'),
  unit(14, 'sotaichinh', 'Sở Tài chính tỉnh Yên Bái'),
];

const letter = (tasks: DraftLetter['tasks'], extra: Partial<DraftLetter> = {}): DraftLetter => ({
  issuedOn: '2024-05-22', sections: [{ number: 1, title: 'Về việc kiểm tra, giám sát việc thực hiện dân chủ ở cơ sở năm 2024' }], contacts: [], tasks, ...extra,
});
const task = (t: Partial<DraftLetter['tasks'][number]>): DraftLetter['tasks'][number] => ({ section: 1, text: 'xây dựng báo cáo tự kiểm tra', assignees: ['các chi, đảng bộ cơ sở'], deadline: null, period: null, ...t });

describe('đề xuất yêu cầu từ công văn 1720-CV/ĐUK', () => {
  const sample = analyze(LETTER_1720_TEXT).directive;
  const drafts = draftRequirements(sample, UNITS, '2024-05-22');

  it('bốn yêu cầu, theo thứ tự các mục: đăng ký Dân vận khéo, kế hoạch QCDC, tự kiểm tra, báo cáo 114/33', () => {
    expect(drafts.map((d) => [d.section, d.kind])).toEqual([[1, 'model_registration'], [2, 'democracy_plan'], [3, 'self_inspection'], [4, 'report']]);
  });

  it('tự kiểm tra: hạn chung 25/10/2024, ba đơn vị được nêu tên hạn 01/9/2024, kỳ 01/10/2023–30/9/2024', () => {
    const self = drafts[2]!;
    expect(self).toMatchObject({ deadline: '2024-10-25', deadlineInferred: false, periodFrom: '2023-10-01', periodTo: '2024-09-30', targets: [{ rule: 'all_grassroots' }] });
    expect(self.deadlineOverrides).toEqual([11, 12, 13].map((unitId) => ({ unitId, deadline: '2024-09-01' })));
    expect(self.matchedUnits.map((m) => m.code)).toEqual(['bqlkcn', 'cucthongke', 'cdyenbai']);
    expect(self.unmatchedAssignees).toEqual([]);
  });

  it('mọi yêu cầu có người liên hệ Nguyễn Đức Phương 0915367487 và năm 2024', () => {
    for (const d of drafts) expect([d.contactName, d.contactPhone, d.year]).toEqual(['Nguyễn Đức Phương', '0915367487', 2024]);
  });

  it('văn bản không ghi hạn: đề xuất 15 ngày sau ngày ban hành và đánh dấu để cán bộ sửa', () => {
    expect(drafts[0]).toMatchObject({ deadline: '2024-06-06', deadlineInferred: true });
  });

  it('hướng dẫn là câu nhiệm vụ của văn bản, kèm các ý liệt kê', () => {
    expect(drafts[3]!.instructions).toMatch(/^Các chi, đảng bộ cơ sở: nghiêm túc triển khai/);
    expect(drafts[3]!.instructions).toContain('\n- Tiếp tục tăng cường và đổi mới công tác dân vận');
    expect(drafts[0]!.title).toBe('Đăng ký mô hình "Dân vận khéo" năm 2024');
  });
});

describe('khớp đơn vị được nêu tên', () => {
  it('không phân biệt dấu, hoa thường và cách bỏ dấu "uỷ"/"ủy"', () => {
    const units = [unit(21, 'vpdu', 'Văn phòng Đảng ủy Khối'), ...UNITS];
    const [d] = draftRequirements(letter([
      task({ deadline: '2024-10-25' }),
      task({ assignees: ['VĂN PHÒNG ĐẢNG UỶ KHỐI', 'cuc thong ke tinh yen bai'], deadline: '2024-09-01' }),
    ]), units, '2024-05-22');
    expect(d!.matchedUnits.map((m) => m.code)).toEqual(['vpdu', 'cucthongke']);
    expect(d!.deadlineOverrides).toEqual([{ unitId: 21, deadline: '2024-09-01' }, { unitId: 12, deadline: '2024-09-01' }]);
  });

  it('đơn vị không có trong phạm vi được liệt kê để cán bộ xử lý, không gán hạn cho ai', () => {
    const [d] = draftRequirements(letter([
      task({ deadline: '2024-10-25' }),
      task({ assignees: ['Sở Du lịch tỉnh Lào Cai', 'Trường Cao đẳng Yên Bái'], deadline: '2024-09-01' }),
    ]), UNITS, '2024-05-22');
    expect(d!.unmatchedAssignees).toEqual(['Sở Du lịch tỉnh Lào Cai']);
    expect(d!.deadlineOverrides).toEqual([{ unitId: 13, deadline: '2024-09-01' }]);
  });

  it('nhiệm vụ chỉ giao cho đơn vị được nêu tên thì chỉ giao đích danh các đơn vị đó', () => {
    const [d] = draftRequirements(letter([task({ assignees: ['Sở Tài chính tỉnh Yên Bái'], deadline: '2024-07-01' })]), UNITS, '2024-05-22');
    expect(d).toMatchObject({ targets: [{ rule: 'unit', unitId: 14 }], deadline: '2024-07-01', deadlineOverrides: [] });
  });

  it('tên nhóm chung ("các chi, đảng bộ cơ sở", "đoàn thể khối") không phải đơn vị được nêu tên', () => {
    expect(['các chi, đảng bộ cơ sở', 'cấp ủy các chi, đảng bộ cơ sở', 'đoàn thể khối'].map(isGenericAssignee)).toEqual([true, true, true]);
    expect(isGenericAssignee('Cục Thống kê tỉnh Yên Bái')).toBe(false);
  });
});

describe('loại yêu cầu theo nội dung', () => {
  it.each([
    ['đăng ký xây dựng mô hình "Dân vận khéo" năm 2024', 'model_registration'],
    ['xây dựng kế hoạch, kiện toàn Ban Chỉ đạo Quy chế dân chủ ở cơ sở', 'democracy_plan'],
    ['xây dựng báo cáo tự kiểm tra việc thực hiện dân chủ ở cơ sở', 'self_inspection'],
    ['thực hiện Kết luận số 114-KL/TW gắn với Chỉ thị số 33/CT-TTg', 'report'],
    ['treo băng rôn chào mừng ngày thành lập', 'checklist'],
  ] as const)('"%s" → %s', (text, kind) => {
    expect(kindOf(text)).toBe(kind);
  });

  it('lời mở đầu và kết thúc không có hạn thì không thành yêu cầu', () => {
    expect(draftRequirements(letter([task({ section: null, text: 'nghiêm túc triển khai thực hiện' })]), UNITS, '2024-05-22')).toEqual([]);
  });

  it('thiếu ngày ban hành thì hạn đề xuất tính từ hôm nay', () => {
    expect(draftRequirements(letter([task({})], { issuedOn: null }), UNITS, '2024-12-20')[0]!.deadline).toBe(addDays('2024-12-20', 15));
    expect(addDays('2024-12-20', 15)).toBe('2025-01-04');
  });
});

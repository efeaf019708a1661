import { z } from 'zod';

/**
 * What a unit submits, typed per requirement kind. Browser-safe (zod only): the web form and the server
 * validate with the same schemas. A draft may be incomplete, so the draft schemas are lenient; a submission
 * must pass the strict one (`ZContentByKind[kind]`).
 */

export const REQUIREMENT_KINDS = ['model_registration', 'democracy_plan', 'self_inspection', 'report', 'checklist'] as const;
export const ZRequirementKind = z.enum(REQUIREMENT_KINDS).describe('Loại yêu cầu: đăng ký mô hình Dân vận khéo, kế hoạch QCDC, tự kiểm tra, báo cáo, danh mục');
export type TRequirementKind = z.infer<typeof ZRequirementKind>;

const text = (max: number, label: string) => z.string().trim().max(max, `${label} tối đa ${max} ký tự`);
const required = (max: number, label: string) => text(max, label).min(1, `Nhập ${label.toLowerCase()}`);
const isoDate = z.iso.date({ error: 'Ngày phải có dạng yyyy-mm-dd' });
const attachmentIds = z.array(z.number().int().positive()).max(50).default([]).describe('Mã các tệp đính kèm');

export const ZModelLevel = z.enum(['khoi', 'co_so']).describe('Cấp mô hình: khoi (cấp Khối) hoặc co_so (cấp cơ sở)');
export const ZModelField = z
  .enum(['kinh_te', 'van_hoa_xa_hoi', 'quoc_phong_an_ninh', 'xay_dung_he_thong_chinh_tri'])
  .describe('Lĩnh vực: kinh tế; văn hóa – xã hội; quốc phòng – an ninh; xây dựng hệ thống chính trị');

export const ZDvkModel = z.object({
  name: required(500, 'Tên mô hình').describe('Tên mô hình'),
  level: ZModelLevel,
  field: ZModelField,
  continuingFromYear: z.number().int().min(2000).max(2100).nullable().describe('Năm mô hình bắt đầu, nếu tiếp tục từ năm trước; null: mô hình mới'),
  goals: text(5000, 'Mục tiêu').default('').describe('Mục tiêu'),
  contentAndMethod: text(10000, 'Nội dung, cách làm').default('').describe('Nội dung và cách thức thực hiện'),
  expectedResults: text(5000, 'Kết quả dự kiến').default('').describe('Kết quả dự kiến'),
  personInCharge: text(300, 'Người phụ trách').default('').describe('Người phụ trách'),
});
export type TDvkModel = z.infer<typeof ZDvkModel>;

export const ZModelRegistration = z.object({
  models: z.array(ZDvkModel).min(1, 'Đăng ký ít nhất một mô hình').max(200).describe('Các mô hình Dân vận khéo đăng ký trong năm'),
});

export const ZSteeringMember = z.object({
  name: required(200, 'Họ tên').describe('Họ và tên'),
  position: text(300, 'Chức vụ').default('').describe('Chức vụ'),
  committeeRole: required(100, 'Vai trò trong Ban Chỉ đạo').describe('Trưởng ban, Phó trưởng ban, Thành viên…'),
  since: isoDate.describe('Tham gia từ ngày'),
});
export type TSteeringMember = z.infer<typeof ZSteeringMember>;

export const ZDemocracyPlan = z.object({
  planDocument: required(300, 'Số, ký hiệu kế hoạch').describe('Số, ký hiệu và ngày của kế hoạch thực hiện QCDC'),
  planText: text(50000, 'Nội dung kế hoạch').default('').describe('Tóm tắt nội dung kế hoạch'),
  steeringMembers: z.array(ZSteeringMember).min(1, 'Nhập ít nhất một thành viên Ban Chỉ đạo').max(100).describe('Ban Chỉ đạo thực hiện QCDC'),
  assignedOfficials: z.array(required(200, 'Cán bộ phụ trách')).max(50).default([]).describe('Cán bộ được phân công theo dõi'),
  attachmentIds,
});

const ZChecklistItem = z.object({
  label: required(1000, 'Nội dung mục').describe('Nội dung'),
  done: z.boolean().describe('Đã thực hiện'),
  note: text(2000, 'Ghi chú').default('').describe('Ghi chú'),
});

export const ZSelfInspection = z
  .object({
    periodFrom: isoDate.describe('Kỳ tự kiểm tra từ ngày'),
    periodTo: isoDate.describe('đến ngày'),
    items: z.array(ZChecklistItem).max(200).default([]).describe('Các nội dung tự kiểm tra'),
    findings: required(50000, 'Kết quả tự kiểm tra').describe('Kết quả'),
    shortcomings: text(50000, 'Hạn chế, tồn tại').default('').describe('Hạn chế, tồn tại'),
    attachmentIds,
  })
  .refine((v) => v.periodFrom <= v.periodTo, { path: ['periodTo'], message: 'Ngày kết thúc kỳ phải sau ngày bắt đầu' });

export const ZReport = z.object({
  text: required(100000, 'Nội dung báo cáo').describe('Nội dung báo cáo'),
  tasks: z.array(ZChecklistItem).max(200).default([]).describe('Các nhiệm vụ của văn bản chỉ đạo và kết quả thực hiện'),
  attachmentIds,
});

export const ZChecklist = z.object({
  items: z.array(ZChecklistItem).min(1, 'Danh mục cần ít nhất một mục').max(500).describe('Các mục'),
});

/** The strict content a submission must satisfy, per requirement kind. */
export const ZContentByKind = {
  model_registration: ZModelRegistration,
  democracy_plan: ZDemocracyPlan,
  self_inspection: ZSelfInspection,
  report: ZReport,
  checklist: ZChecklist,
} as const satisfies Record<TRequirementKind, z.ZodType>;

export type TContentByKind = { [K in TRequirementKind]: z.infer<(typeof ZContentByKind)[K]> };

/** A draft: any JSON object up to the body limit; checked strictly only when submitted. */
export const ZDraftContent = z.record(z.string(), z.unknown()).describe('Nội dung bài nộp, theo loại yêu cầu (kiểm tra đầy đủ khi gửi)');

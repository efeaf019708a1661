import { z } from 'zod';
import { UNIT_KIND_VALUES } from '../units/units.schemas';
import { ZRequirementKind } from '../submissions/submissions.content.schemas';

/** The API contract of requirements and their progress. Browser-safe: imports only zod and other schema files. */

export const ZIsoDate = z.iso.date({ error: 'Ngày phải có dạng yyyy-mm-dd và là ngày có thật' });
const unitId = z.number().int().positive().max(2_147_483_647);

export const ZTargetInput = z.discriminatedUnion('rule', [
  z.object({ rule: z.literal('all_grassroots'), unitId: unitId.optional().describe('Gốc cây (mặc định: đơn vị gốc trong phạm vi của người tạo)') }),
  z.object({ rule: z.literal('kind'), kind: z.enum(UNIT_KIND_VALUES), unitId: unitId.optional().describe('Gốc cây (mặc định như trên)') }),
  z.object({ rule: z.literal('subtree'), unitId: unitId.describe('Gốc nhánh: các tổ chức cơ sở trong nhánh') }),
  z.object({ rule: z.literal('unit'), unitId: unitId.describe('Đơn vị được giao đích danh') }),
], { error: 'Quy tắc giao phải là all_grassroots, kind, subtree hoặc unit' });
export type TTargetInput = z.infer<typeof ZTargetInput>;

export const ZTarget = z.object({
  rule: z.enum(['all_grassroots', 'kind', 'subtree', 'unit']),
  kind: z.string().nullable(),
  unitId: z.number(),
  unitName: z.string(),
});

export const ZDeadlineOverride = z.object({ unitId, deadline: ZIsoDate.describe('Hạn riêng của đơn vị') });

const ZPhone = z.string().trim().regex(/^[0-9 .+-]{6,20}$/, 'Số điện thoại không hợp lệ');

const base = {
  title: z.string().trim().min(1, 'Nhập tên yêu cầu').max(500, 'Tên yêu cầu tối đa 500 ký tự').describe('Tên yêu cầu'),
  instructions: z.string().trim().max(20000).default('').describe('Hướng dẫn thực hiện'),
  deadline: ZIsoDate.describe('Hạn chung: hết ngày này, giờ Việt Nam'),
  periodFrom: ZIsoDate.nullable().default(null).describe('Kỳ báo cáo từ ngày'),
  periodTo: ZIsoDate.nullable().default(null).describe('Kỳ báo cáo đến ngày'),
  contactName: z.string().trim().max(200).nullable().default(null).describe('Người liên hệ'),
  contactPhone: ZPhone.nullable().default(null).describe('Điện thoại liên hệ'),
  targets: z.array(ZTargetInput).min(1, 'Chọn ít nhất một nhóm đơn vị được giao').max(200).describe('Các quy tắc giao: danh sách đơn vị được tính từ cây tổ chức'),
  deadlineOverrides: z.array(ZDeadlineOverride).max(500).default([]).describe('Hạn riêng cho từng đơn vị'),
};
const periodOrdered = (v: { periodFrom?: string | null; periodTo?: string | null }) => !v.periodFrom || !v.periodTo || v.periodFrom <= v.periodTo;
const periodRule = { path: ['periodTo'], message: 'Ngày kết thúc kỳ phải sau ngày bắt đầu' };

export const ZRequirementCreate = z
  .object({
    ...base,
    kind: ZRequirementKind,
    documentId: z.number().int().positive().nullable().default(null).describe('Văn bản chỉ đạo'),
    year: z.number().int().min(2000).max(2100).optional().describe('Năm của yêu cầu (mặc định: năm của hạn chung)'),
    responsibleUnitId: unitId.optional().describe('Ban phụ trách (mặc định: đơn vị của người tạo)'),
  })
  .refine(periodOrdered, periodRule);
export type TRequirementCreate = z.infer<typeof ZRequirementCreate>;

export const ZRequirementUpdate = z
  .object({
    title: base.title.optional(),
    instructions: z.string().trim().max(20000).optional(),
    deadline: ZIsoDate.optional(),
    periodFrom: ZIsoDate.nullable().optional(),
    periodTo: ZIsoDate.nullable().optional(),
    contactName: z.string().trim().max(200).nullable().optional(),
    contactPhone: ZPhone.nullable().optional(),
    targets: base.targets.optional().describe('Thay toàn bộ quy tắc giao'),
    deadlineOverrides: z.array(ZDeadlineOverride).max(500).optional().describe('Thay toàn bộ hạn riêng'),
  })
  .refine((v) => Object.keys(v).length > 0, 'Không có gì để cập nhật')
  .refine(periodOrdered, periodRule);
export type TRequirementUpdate = z.infer<typeof ZRequirementUpdate>;

export const ZRequirement = z.object({
  id: z.number(),
  documentId: z.number().nullable(),
  kind: ZRequirementKind,
  title: z.string(),
  instructions: z.string(),
  deadline: z.string().describe('Hạn chung (yyyy-mm-dd)'),
  periodFrom: z.string().nullable(),
  periodTo: z.string().nullable(),
  year: z.number(),
  responsibleUnitId: z.number(),
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  status: z.enum(['open', 'closed']),
});
export type TRequirement = z.infer<typeof ZRequirement>;

export const ZProgressSummary = z.object({
  targeted: z.number().describe('Số đơn vị được giao (trong phạm vi người xem)'),
  submitted: z.number().describe('Đã gửi'),
  missing: z.number().describe('Quá hạn chưa gửi'),
});
export type TProgressSummary = z.infer<typeof ZProgressSummary>;

/** A row of the list: for staff, leaders and admins with its headline progress, counted in the same request. */
export const ZRequirementListItem = ZRequirement.extend({ progress: ZProgressSummary.optional() });
export type TRequirementListItem = z.infer<typeof ZRequirementListItem>;

export const ZRequirementDetail = ZRequirement.extend({
  targets: z.array(ZTarget),
  deadlineOverrides: z.array(ZDeadlineOverride.extend({ unitName: z.string() })),
});
export type TRequirementDetail = z.infer<typeof ZRequirementDetail>;

export const ZRequirementListQuery = z.object({
  status: z.enum(['open', 'closed']).optional().describe('Lọc theo trạng thái'),
  kind: ZRequirementKind.optional(),
  documentId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Yêu cầu của một văn bản'),
});

export const TRACKING_STATES = ['on_time', 'late', 'overdue', 'not_yet_due'] as const;

export const ZProgressQuery = z.object({
  asOf: ZIsoDate.optional().describe('Tính đến hết ngày này (mặc định: bây giờ)'),
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Gộp theo cây con của đơn vị này (mặc định: phạm vi của người xem)'),
});
export type TProgressQuery = z.infer<typeof ZProgressQuery>;

export const ZUnitsQuery = ZProgressQuery.extend({
  status: z
    .enum(['onTime', 'late', 'missing', 'notYetDue', 'submitted', 'accepted', 'returned', 'models', 'modelsKhoi', 'modelsCoSo', 'modelsContinuing', 'modelsNew'])
    .optional()
    .describe('Chỉ các đơn vị đứng sau một con số của tiến độ (models…: các đơn vị có mô hình loại đó trong bài đã gửi)'),
});
export type TUnitsQuery = z.infer<typeof ZUnitsQuery>;

const ZMissingUnit = z.object({ id: z.number(), code: z.string(), name: z.string(), deadline: z.string() });

export const ZProgress = z.object({
  requirementId: z.number(),
  asOf: z.string().describe('Ngày tính (yyyy-mm-dd, giờ Việt Nam)'),
  targeted: z.number().describe('Số đơn vị được giao'),
  submitted: z.number().describe('Đã gửi (lần đầu) đến ngày tính'),
  onTime: z.number().describe('Gửi đúng hạn'),
  late: z.number().describe('Gửi muộn'),
  missing: z.number().describe('Đã quá hạn mà chưa gửi'),
  notYetDue: z.number().describe('Chưa gửi, chưa đến hạn'),
  accepted: z.number(),
  returned: z.number(),
  missingUnits: z.array(ZMissingUnit),
  models: z.object({ total: z.number(), khoi: z.number(), coSo: z.number(), coSoContinuing: z.number(), coSoNew: z.number() }).optional(),
});
export type TProgress = z.infer<typeof ZProgress>;

export const ZProgressUnit = ZMissingUnit.extend({
  tracking: z.enum(TRACKING_STATES).describe('Đúng hạn, muộn, quá hạn, chưa đến hạn'),
  submissionId: z.number().nullable(),
  submissionStatus: z.enum(['draft', 'submitted', 'returned', 'accepted']).nullable(),
  firstSubmittedAt: z.string().nullable(),
});
export type TProgressUnit = z.infer<typeof ZProgressUnit>;

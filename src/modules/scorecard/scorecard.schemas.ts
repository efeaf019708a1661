import { z } from 'zod';
import { ZIsoDate, TRACKING_STATES } from '../requirements/requirements.schemas';
import { ZRequirementKind } from '../submissions/submissions.content.schemas';
import { ZUnitKind } from '../units/units.schemas';

/** The API contract of a unit's scorecard across requirements. Browser-safe: imports only zod and other schema files. */

export const ZScorecardQuery = z.object({
  asOf: ZIsoDate.optional().describe('Tính đến hết ngày này (mặc định: bây giờ)'),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe('Chỉ các yêu cầu của năm này (mặc định: mọi năm)'),
});
export type TScorecardQuery = z.infer<typeof ZScorecardQuery>;

export const ZScorecardItem = z.object({
  requirementId: z.number(),
  kind: ZRequirementKind,
  title: z.string(),
  year: z.number(),
  requirementStatus: z.enum(['open', 'closed']).describe('Yêu cầu còn mở hay đã kết thúc'),
  deadline: z.string().describe('Hạn của đơn vị (yyyy-mm-dd): hạn riêng nếu có, không thì hạn chung'),
  ownDeadline: z.boolean().describe('Đơn vị có hạn riêng'),
  tracking: z.enum(TRACKING_STATES).describe('Đúng hạn, muộn, quá hạn, chưa đến hạn'),
  daysLeft: z.number().describe('Số ngày còn lại đến hạn tính từ ngày tính (âm: đã quá hạn)'),
  submissionId: z.number().nullable(),
  submissionStatus: z.enum(['draft', 'submitted', 'returned', 'accepted']).nullable().describe('Trạng thái bài nộp tại ngày tính'),
  firstSubmittedAt: z.string().nullable().describe('Lần gửi đầu tiên (chỉ tính nếu trước ngày tính)'),
});
export type TScorecardItem = z.infer<typeof ZScorecardItem>;

export const ZScorecard = z.object({
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: ZUnitKind }),
  asOf: z.string().describe('Ngày tính (yyyy-mm-dd, giờ Việt Nam)'),
  year: z.number().nullable(),
  items: z.array(ZScorecardItem),
  totals: z.object({
    total: z.number(), onTime: z.number().describe('Hoàn thành đúng hạn'), late: z.number().describe('Hoàn thành muộn'),
    overdue: z.number().describe('Quá hạn chưa thực hiện'), notYetDue: z.number().describe('Chưa đến hạn'),
  }),
});
export type TScorecard = z.infer<typeof ZScorecard>;

import { z } from 'zod';
import { ZError } from '../common.schemas';
import { ZDraftContent, ZRequirementKind } from './submissions.content.schemas';

/** The API contract of submissions: a unit's answer to a requirement, its versions and its comment thread. Browser-safe. */

export const ZSubmissionStatus = z.enum(['draft', 'submitted', 'returned', 'accepted']).describe('Đang soạn, đã gửi, bị trả lại, đã chấp nhận');

export const ZSubmission = z.object({
  id: z.number(),
  requirementId: z.number(),
  unitId: z.number(),
  unitName: z.string(),
  status: ZSubmissionStatus,
  content: z.unknown().describe('Nội dung theo loại yêu cầu'),
  version: z.number().describe('Phiên bản hiện tại: gửi kèm khi sửa để không ghi đè thay đổi của người khác'),
  firstSubmittedAt: z.string().nullable().describe('Lần gửi đầu tiên: quyết định đúng hạn hay muộn'),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TSubmission = z.infer<typeof ZSubmission>;

export const ZDraftSave = z.object({
  content: ZDraftContent,
  version: z.number().int().min(0).max(2_147_483_647).describe('Phiên bản đang sửa; 0 khi tạo mới'),
});
export type TDraftSave = z.infer<typeof ZDraftSave>;

export const ZVersionBody = z.object({ version: z.number().int().min(1).max(2_147_483_647).describe('Phiên bản đang xem') });

export const ZReturnBody = z.object({
  comment: z.string().trim().min(1, 'Nhập lý do trả lại').max(5000, 'Ý kiến tối đa 5000 ký tự').describe('Lý do trả lại, đơn vị sẽ thấy'),
});

export const ZCommentBody = z.object({
  body: z.string().trim().min(1, 'Nhập nội dung ý kiến').max(5000, 'Ý kiến tối đa 5000 ký tự').describe('Nội dung ý kiến'),
});

export const ZComment = z.object({
  id: z.number(),
  authorId: z.number(),
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type TComment = z.infer<typeof ZComment>;

export const ZSubmissionVersion = z.object({
  version: z.number(),
  content: z.unknown(),
  submittedAt: z.string(),
  submittedBy: z.number(),
  submittedByName: z.string(),
});
export type TSubmissionVersion = z.infer<typeof ZSubmissionVersion>;

export const ZInboxItem = z.object({
  requirementId: z.number(),
  kind: ZRequirementKind,
  title: z.string(),
  deadline: z.string().describe('Hạn của đơn vị (hạn riêng nếu có)'),
  daysLeft: z.number().describe('Số ngày còn lại; âm: đã quá hạn'),
  tracking: z.enum(['on_time', 'late', 'overdue', 'not_yet_due']),
  submissionId: z.number().nullable(),
  submissionStatus: ZSubmissionStatus.nullable(),
  version: z.number().nullable(),
});
export type TInboxItem = z.infer<typeof ZInboxItem>;

/** A 409 on a stale version carries what is stored now, so the client can merge instead of losing work. */
export const ZStaleError = ZError.extend({
  error: ZError.shape.error.extend({
    current: z.object({ version: z.number(), status: ZSubmissionStatus, content: z.unknown() }).optional().describe('Bài nộp đang được lưu'),
  }),
});

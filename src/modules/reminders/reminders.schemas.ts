import { z } from 'zod';

/** The API contract of reminders (đôn đốc). Browser-safe: imports only zod. */

const id = z.number().int().positive().max(2_147_483_647);
const queryId = z.coerce.number().int().positive().max(2_147_483_647);

export const ZReminderCreate = z.object({
  requirementId: id.describe('Yêu cầu cần đôn đốc'),
  unitIds: z.array(id).min(1, 'Chọn ít nhất một đơn vị').max(1000).optional()
    .describe('Các đơn vị được nhắc (mặc định: các đơn vị được giao mà chưa gửi, tính đến lúc nhắc)'),
  message: z.string().trim().max(5000, 'Lời nhắn tối đa 5000 ký tự').default('').describe('Lời nhắn thêm'),
  letterNumber: z.string().trim().regex(/^[0-9]{1,6}$/, 'Số công văn chỉ gồm chữ số').nullable().default(null)
    .describe('Số của công văn đôn đốc (để trống: điền tay khi ký)'),
  channels: z.object({
    inApp: z.literal(true).default(true).describe('Thông báo trong ứng dụng (luôn có)'),
    email: z.boolean().default(false).describe('Gửi thư điện tử (khi máy chủ có cấu hình SMTP_URL)'),
    letter: z.boolean().default(false).describe('Lập công văn đôn đốc (DOCX)'),
  }).default({ inApp: true, email: false, letter: false }),
});
export type TReminderCreate = z.infer<typeof ZReminderCreate>;

export const ZReminderRecipient = z.object({
  unitId: z.number(),
  unitCode: z.string(),
  unitName: z.string(),
  deadline: z.string().describe('Hạn của đơn vị lúc nhắc (yyyy-mm-dd)'),
  emailStatus: z.enum(['sent', 'failed', 'skipped']).nullable().describe('Kết quả gửi thư: đã gửi, lỗi, bỏ qua (không có địa chỉ hoặc chưa cấu hình)'),
});

export const ZReminder = z.object({
  id: z.number(),
  requirementId: z.number(),
  requirementTitle: z.string(),
  createdBy: z.string().describe('Người nhắc'),
  channels: z.array(z.enum(['in_app', 'email', 'letter'])),
  message: z.string(),
  letterSymbol: z.string().nullable().describe('Số, ký hiệu công văn, ví dụ 1750-CV/ĐUK'),
  createdAt: z.string(),
  recipients: z.array(ZReminderRecipient),
});
export type TReminder = z.infer<typeof ZReminder>;

export const ZReminderListQuery = z.object({
  requirementId: queryId.optional().describe('Lịch sử nhắc của một yêu cầu'),
  unitId: queryId.optional().describe('Lịch sử nhắc của một đơn vị'),
});
export type TReminderListQuery = z.infer<typeof ZReminderListQuery>;

const signerText = z.string().trim().min(1).max(200);
export const ZLetterQuery = z.object({
  authority: signerText.default('T/M BAN THƯỜNG VỤ').describe('Thẩm quyền ký, ví dụ T/M BAN THƯỜNG VỤ'),
  position: signerText.default('PHÓ BÍ THƯ').describe('Chức vụ người ký, ví dụ PHÓ BÍ THƯ'),
  signerName: signerText.optional().describe('Họ tên người ký'),
});

import { z } from 'zod';

/** The API contract of submission attachments. Browser-safe: imports only zod. */

export const ZAttachment = z.object({
  id: z.number(),
  submissionId: z.number(),
  fileName: z.string().describe('Tên tệp như đơn vị gửi (đã bỏ thư mục và ký tự lạ; đuôi theo loại thật)'),
  mediaType: z.string().describe('Kiểu tệp xác định từ nội dung, không theo tên'),
  size: z.number().describe('Dung lượng (byte)'),
  sha256: z.string().describe('Mã băm SHA-256 của nội dung'),
  uploadedBy: z.number(),
  uploadedByName: z.string(),
  createdAt: z.string(),
});
export type TAttachment = z.infer<typeof ZAttachment>;

export const ZAttachmentListQuery = z.object({
  version: z.coerce.number({ error: 'Phiên bản phải là số' }).int().positive().max(2_147_483_647).optional()
    .describe('Danh sách tệp của một phiên bản đã gửi (xem /versions); bỏ trống: các tệp đang đính kèm'),
});

/** For OpenAPI only: the upload is multipart, read by the handler, so there is no JSON body to validate. */
export const ZAttachmentUpload = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('Tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPG hoặc PNG, tối đa 20 MB') })
  .nullish();

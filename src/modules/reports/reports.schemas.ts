import { z } from 'zod';
import { ZError } from '../common.schemas';

/** The reports API contract. Browser-safe: imports only zod (and the shared error shape); the web page imports it. */

const id = z.coerce.number({ error: 'Mã phải là số' }).int().positive().max(2_147_483_647);
export const ZReportDate = z.iso.date({ error: 'Ngày phải có dạng yyyy-mm-dd và là ngày có thật' });
const year = z.coerce.number({ error: 'Năm phải là số' }).int().min(2000, 'Năm từ 2000').max(2100, 'Năm đến 2100');

export const ZSummaryQuery = z.object({
  documentId: id.optional().describe('Văn bản chỉ đạo: báo cáo mọi yêu cầu của văn bản'),
  requirementId: id.optional().describe('Hoặc một yêu cầu'),
  asOf: ZReportDate.optional().describe('Tính đến hết ngày này, giờ Việt Nam (mặc định: hôm nay)'),
  number: z.string().trim().regex(/^\d{1,6}$/, 'Số báo cáo gồm 1 đến 6 chữ số').optional().describe('Số của báo cáo (để trống: văn thư điền khi ký)'),
}).refine((q) => (q.documentId === undefined) !== (q.requirementId === undefined), {
  error: 'Cần chọn đúng một trong documentId (văn bản) hoặc requirementId (yêu cầu)', path: ['documentId'],
});
export type TSummaryQuery = z.infer<typeof ZSummaryQuery>;

export const ZSummaryText = z.object({
  asOf: z.string().describe('Ngày tính số liệu, yyyy-mm-dd'),
  subject: z.string().describe('Trích yếu của báo cáo'),
  paragraphs: z.array(z.object({ text: z.string(), heading: z.boolean() })).describe('Nội dung báo cáo, từng đoạn'),
});
export type TSummaryText = z.infer<typeof ZSummaryText>;

export const ZPlaceholder = z.object({ placeholder: z.string().describe('Cách viết trong mẫu'), description: z.string().describe('Ý nghĩa') });

export const ZReportTemplate = z.object({
  body: z.string().describe('Mẫu lời văn đang dùng'),
  isDefault: z.boolean().describe('Đang dùng mẫu mặc định (chưa sửa)'),
  updatedAt: z.string().nullable().describe('Lần sửa cuối (ISO)'),
  updatedBy: z.string().nullable().describe('Người sửa cuối'),
  defaultBody: z.string().describe('Mẫu mặc định, để khôi phục'),
  placeholders: z.array(ZPlaceholder).describe('Các chỗ điền số liệu được phép dùng'),
});
export type TReportTemplate = z.infer<typeof ZReportTemplate>;

export const ZReportTemplateUpdate = z.object({
  body: z.string().trim().min(1, 'Mẫu không được để trống').max(20_000, 'Mẫu dài quá 20 000 ký tự').describe('Mẫu lời văn mới'),
});
export type TReportTemplateUpdate = z.infer<typeof ZReportTemplateUpdate>;

export const ZModelsQuery = z.object({ year: year.optional().describe('Năm đăng ký (mặc định: mọi năm)') });

export const ZMatrixQuery = z.object({
  documentId: id.optional().describe('Các yêu cầu của một văn bản'),
  year: year.optional().describe('Hoặc các yêu cầu của một năm'),
  asOf: ZReportDate.optional().describe('Tình trạng tính đến hết ngày này (mặc định: hôm nay)'),
}).refine((q) => (q.documentId === undefined) !== (q.year === undefined), {
  error: 'Cần chọn đúng một trong documentId (văn bản) hoặc year (năm)', path: ['documentId'],
});
export type TMatrixQuery = z.infer<typeof ZMatrixQuery>;

/** A 400 on a faulty template lists every placeholder that exists, so the editor can show them. */
export const ZTemplateError = ZError.extend({
  error: ZError.shape.error.extend({
    known: z.array(z.string()).optional().describe('Các chỗ điền được phép dùng'),
  }),
});

/** What a report can be made of, within the caller's scope: directives with requirements, and the requirements. */
export const ZReportSources = z.object({
  documents: z.array(z.object({ id: z.number(), symbol: z.string().nullable(), subject: z.string(), issuedOn: z.string().nullable() })).describe('Văn bản có yêu cầu'),
  requirements: z.array(z.object({ id: z.number(), title: z.string(), documentId: z.number().nullable(), year: z.number(), deadline: z.string() })).describe('Các yêu cầu'),
});
export type TReportSources = z.infer<typeof ZReportSources>;

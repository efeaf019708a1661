// CONTRACT READY
import { z } from 'zod';
import { ZError } from '../common.schemas';
import { ZRequirementCreate } from '../requirements/requirements.schemas';

/**
 * The contract of the document register (sổ văn bản): list, detail with its citation graph, create / edit,
 * the original file, and the draft requirements proposed from a letter. Browser-safe: imports only zod
 * and other schema files; the web app imports it.
 */

const id = z.number().int().positive().max(2_147_483_647);
const isoDate = z.iso.date({ error: 'Ngày phải có dạng yyyy-mm-dd và là ngày có thật' });
const text = (max: number, what: string) => z.string().trim().max(max, `${what} tối đa ${max.toLocaleString('vi-VN')} ký tự`);

export const DOCUMENT_DIRECTIONS = ['incoming', 'outgoing'] as const;
export const ZDocumentDirection = z.enum(DOCUMENT_DIRECTIONS, { error: 'Chiều văn bản phải là incoming (đến) hoặc outgoing (đi)' })
  .describe('incoming: văn bản đến; outgoing: văn bản đi');
export type TDocumentDirection = z.infer<typeof ZDocumentDirection>;
export const DOCUMENT_DIRECTION_LABELS: Record<TDocumentDirection, string> = { incoming: 'Văn bản đến', outgoing: 'Văn bản đi' };

export const DOCUMENT_SORTS = ['issuedOn', 'subject', 'symbol'] as const;

/** GET /api/documents */
export const ZDocumentListQuery = z.object({
  q: z.string().trim().max(200, 'Từ khóa tối đa 200 ký tự').optional().describe('Tìm trong số ký hiệu, trích yếu và toàn văn, không phân biệt dấu'),
  type: z.string().trim().max(20).optional().describe('Loại văn bản (CV, KH, NQ…)'),
  issuer: z.string().trim().max(200).optional().describe('Cơ quan ban hành: một phần tên, không phân biệt dấu'),
  issuerUnitId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Cơ quan ban hành: mã số đơn vị'),
  year: z.coerce.number({ error: 'Năm phải là số' }).int().min(1945).max(2100).optional().describe('Năm ban hành'),
  direction: ZDocumentDirection.optional(),
  sort: z.enum(DOCUMENT_SORTS).default('issuedOn').describe('Sắp xếp: ngày ban hành (mới trước), trích yếu hoặc số ký hiệu (thứ tự tiếng Việt)'),
  page: z.coerce.number({ error: 'Trang phải là số' }).int().min(1).max(100_000).default(1).describe('Trang, từ 1'),
  pageSize: z.coerce.number({ error: 'Cỡ trang phải là số' }).int().min(1).max(200).default(20).describe('Số văn bản mỗi trang'),
});
export type TDocumentListQuery = z.infer<typeof ZDocumentListQuery>;

/** One row of the register. */
export const ZDocumentListItem = z.object({
  id: z.number(),
  direction: ZDocumentDirection,
  number: z.string().nullable().describe('Số văn bản'),
  symbol: z.string().nullable().describe('Số ký hiệu, ví dụ "1720-CV/ĐUK"'),
  type: z.string().nullable().describe('Chữ viết tắt loại văn bản'),
  issuerUnitId: z.number().nullable().describe('Cơ quan ban hành (đơn vị trong cây tổ chức)'),
  issuerName: z.string().nullable().describe('Tên cơ quan ban hành'),
  place: z.string().nullable(),
  issuedOn: z.string().nullable().describe('Ngày ban hành (yyyy-mm-dd)'),
  subject: z.string().describe('Trích yếu'),
  ownerUnitId: z.number().describe('Cấp ủy giữ sổ văn bản này'),
  fileName: z.string().nullable().describe('Tên tệp gốc; null nếu không có tệp'),
  hasFile: z.boolean(),
});
export type TDocumentListItem = z.infer<typeof ZDocumentListItem>;

export const ZDocumentList = z.object({
  items: z.array(ZDocumentListItem),
  total: z.number().describe('Tổng số văn bản khớp bộ lọc'),
});
export type TDocumentList = z.infer<typeof ZDocumentList>;

/** A stored document a citation resolved to, or a document citing this one. */
export const ZDocumentLink = z.object({
  id: z.number(),
  symbol: z.string().nullable(),
  subject: z.string(),
  issuedOn: z.string().nullable().describe('Ngày ban hành (yyyy-mm-dd)'),
});
export type TDocumentLink = z.infer<typeof ZDocumentLink>;

/** "Căn cứ": one document this one cites. */
export const ZDocumentReference = z.object({
  symbol: z.string().describe('Số ký hiệu như được dẫn'),
  citedOn: z.string().nullable().describe('Ngày được ghi cạnh số ký hiệu (yyyy-mm-dd)'),
  issuerCode: z.string().nullable(),
  title: z.string().nullable().describe('Trích yếu như được dẫn'),
  resolved: ZDocumentLink.nullable().describe('Văn bản trong sổ có cùng số ký hiệu; null: chưa có trong sổ'),
});
export type TDocumentReference = z.infer<typeof ZDocumentReference>;

export const ZDocumentDetail = ZDocumentListItem.extend({
  recipients: z.array(z.string()).describe('Kính gửi'),
  body: z.string().describe('Toàn văn'),
  fileMediaType: z.string().nullable().describe('Kiểu tệp gốc (MIME)'),
  references: z.array(ZDocumentReference).describe('Căn cứ: các văn bản được dẫn, theo thứ tự trong văn bản'),
  unresolvedCount: z.number().describe('Số văn bản được dẫn chưa có trong sổ'),
  citedBy: z.array(ZDocumentLink).describe('Được viện dẫn bởi: các văn bản trong sổ dẫn văn bản này'),
  requirementsCount: z.number().describe('Số yêu cầu tạo từ văn bản này'),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TDocumentDetail = z.infer<typeof ZDocumentDetail>;

const fields = {
  direction: ZDocumentDirection,
  number: text(50, 'Số văn bản').nullable().default(null).describe('Số văn bản'),
  symbol: text(100, 'Số ký hiệu').nullable().default(null).describe('Số ký hiệu; trùng số ký hiệu trong cùng sổ bị từ chối'),
  type: text(20, 'Loại văn bản').nullable().default(null).describe('Chữ viết tắt loại văn bản (CV, KH…)'),
  issuerUnitId: id.nullable().default(null).describe('Cơ quan ban hành: đơn vị trong cây tổ chức'),
  issuerName: text(300, 'Tên cơ quan ban hành').nullable().default(null).describe('Tên cơ quan ban hành (mặc định: tên đơn vị đã chọn)'),
  place: text(100, 'Địa danh').nullable().default(null),
  issuedOn: isoDate.nullable().default(null).describe('Ngày ban hành'),
  subject: text(2000, 'Trích yếu').min(1, 'Nhập trích yếu của văn bản').describe('Trích yếu'),
  recipients: z.array(text(500, 'Nơi nhận')).max(200).default([]).describe('Kính gửi'),
  body: z.string().max(1_000_000, 'Toàn văn quá dài').default('').describe('Toàn văn: các văn bản được dẫn được tách từ đây'),
};

/**
 * POST /api/documents: JSON, or multipart/form-data with the field "file" (the original, .txt/.docx/.pdf,
 * type checked by content) and the field "data" holding this object as JSON.
 */
export const ZDocumentCreate = z.object({
  ...fields,
  ownerUnitId: id.optional().describe('Sổ của cấp ủy nào (trong phạm vi của người nhập; mặc định: cấp ủy của người nhập)'),
});
export type TDocumentCreate = z.input<typeof ZDocumentCreate>;

/** PATCH /api/documents/:id: only the fields given change; a new body re-extracts the citations. */
export const ZDocumentUpdate = z
  .object({
    direction: fields.direction.optional(),
    number: fields.number.unwrap().unwrap().nullable().optional(),
    symbol: fields.symbol.unwrap().unwrap().nullable().optional(),
    type: fields.type.unwrap().unwrap().nullable().optional(),
    issuerUnitId: id.nullable().optional(),
    issuerName: fields.issuerName.unwrap().unwrap().nullable().optional(),
    place: fields.place.unwrap().unwrap().nullable().optional(),
    issuedOn: isoDate.nullable().optional(),
    subject: fields.subject.optional(),
    recipients: fields.recipients.unwrap().optional(),
    body: fields.body.unwrap().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'Không có gì để cập nhật');
export type TDocumentUpdate = z.input<typeof ZDocumentUpdate>;

/** The 409 of a symbol already in the register: it names the stored document, so the page can open it instead. */
export const ZDocumentConflictError = ZError.extend({
  error: ZError.shape.error.extend({
    documentId: z.number().optional().describe('Văn bản đã có trong sổ với số ký hiệu này'),
  }),
});
export type TDocumentConflictError = z.infer<typeof ZDocumentConflictError>;

/** The multipart body of POST /api/documents, for the API documentation only (the server reads the stream). */
export const ZDocumentUpload = z.object({
  file: z.string().meta({ format: 'binary' }).describe('Tệp gốc .txt, .docx hoặc .pdf có lớp chữ, tối đa 20 MB'),
  data: z.string().describe('Các trường của văn bản (như khi gửi JSON), dạng chuỗi JSON'),
});

/** A matched named assignee of a task ("Ban Quản lý các khu công nghiệp tỉnh" → unit bqlkcn). */
export const ZDraftMatchedUnit = z.object({
  assignee: z.string().describe('Tên đơn vị như được viết trong văn bản'),
  unitId: z.number(),
  code: z.string(),
  name: z.string(),
});

/**
 * One proposed requirement: a valid body for POST /api/requirements (unknown fields are dropped there),
 * plus what the page shows to let staff check it.
 */
export const ZRequirementDraft = z.object({
  ...ZRequirementCreate.shape,
  sourceText: z.string().describe('Câu nhiệm vụ trong văn bản'),
  section: z.number().nullable().describe('Số mục chứa nhiệm vụ'),
  deadlineInferred: z.boolean().describe('Văn bản không ghi hạn: hạn chung là đề xuất (15 ngày sau ngày ban hành), cần kiểm tra lại'),
  matchedUnits: z.array(ZDraftMatchedUnit).describe('Đơn vị được nêu tên đã khớp với cây tổ chức (có hạn riêng)'),
  unmatchedAssignees: z.array(z.string()).describe('Đơn vị được nêu tên nhưng không tìm thấy trong phạm vi'),
});
export type TRequirementDraft = z.infer<typeof ZRequirementDraft>;

/** GET /api/documents/:id/requirement-drafts */
export const ZRequirementDrafts = z.object({
  documentId: z.number(),
  drafts: z.array(ZRequirementDraft),
});
export type TRequirementDrafts = z.infer<typeof ZRequirementDrafts>;

import { z } from 'zod';
import { LINT_CODES } from '../../vn/index';

/**
 * The contract of reading and checking a letter. Two views of the parsed letter:
 * `ZDirectiveContract` is exactly the JSON of `danvan parse --json` (DESIGN.md §4), and `ZDirective`
 * adds the line numbers and details the web page needs to point at the text.
 */

/** Longest text accepted, pasted or read from a file: about 300 pages, far beyond any letter. */
export const MAX_TEXT_CHARS = 1_000_000;

const isoDate = z.string().nullable().describe('Ngày dạng yyyy-mm-dd; null nếu văn bản không ghi');
const line = z.number().int().describe('Số dòng (tính từ 1) trong văn bản đã chuẩn hóa');

const ZPeriod = z.object({ from: isoDate, to: isoDate }).describe('Kỳ "từ ngày … đến ngày …"');

const sectionBase = {
  number: z.number().int().describe('Số thứ tự của mục (số La Mã đã đổi sang số)'),
  title: z.string().describe('Tên mục'),
};
const referenceBase = {
  symbol: z.string().describe('Số ký hiệu viết liền, ví dụ "780-CV/BDVTU"'),
  type: z.string().nullable().describe('Chữ viết tắt loại văn bản (CV, KH, NQ…)'),
  number: z.string().describe('Số văn bản'),
  issuerCode: z.string().describe('Mã cơ quan ban hành trong số ký hiệu'),
  issuer: z.string().nullable().describe('Cơ quan ban hành như được nêu tên bên cạnh'),
  date: isoDate,
  title: z.string().nullable().describe('Trích yếu của văn bản được dẫn'),
};
const taskBase = {
  section: z.number().int().nullable().describe('Số mục chứa nhiệm vụ; null: phần mở đầu hoặc kết thúc'),
  text: z.string().describe('Nội dung nhiệm vụ'),
  assignees: z.array(z.string()).describe('Đơn vị thực hiện, như được nêu'),
  deadline: isoDate.describe('Hạn thực hiện (yyyy-mm-dd)'),
  period: ZPeriod.nullable(),
};
const statBase = {
  asOf: isoDate.describe('Số liệu "tính đến ngày"'),
  text: z.string().describe('Câu nêu số liệu'),
  numerator: z.number().describe('Số được đếm (30 trong "30/74")'),
  denominator: z.number().nullable().describe('Tổng của phân số (74 trong "30/74"); null nếu chỉ là số đếm'),
};
const contactBase = {
  name: z.string().describe('Họ và tên người liên hệ'),
  position: z.string().nullable().describe('Chức vụ'),
  phone: z.string().nullable().describe('Số điện thoại, chỉ gồm chữ số'),
};
const headerFields = {
  symbol: z.string().nullable().describe('Số ký hiệu của văn bản, ví dụ "1720-CV/ĐUK"'),
  number: z.string().nullable().describe('Số văn bản'),
  type: z.string().nullable().describe('Chữ viết tắt loại văn bản'),
  typeName: z.string().nullable().describe('Tên loại văn bản (Công văn, Kế hoạch…)'),
  issuer: z.string().nullable().describe('Cơ quan ban hành'),
  issuerCode: z.string().nullable().describe('Mã cơ quan ban hành'),
  parentIssuer: z.string().nullable().describe('Cơ quan cấp trên trực tiếp'),
  place: z.string().nullable().describe('Địa danh'),
  issuedOn: isoDate.describe('Ngày ban hành (yyyy-mm-dd)'),
  subject: z.string().nullable().describe('Trích yếu'),
  recipients: z.array(z.string()).describe('Kính gửi'),
};

/** Exactly the JSON of `danvan parse --json` (DESIGN.md §4): parsing with it drops every other field. */
export const ZDirectiveContract = z.object({
  ...headerFields,
  sections: z.array(z.object(sectionBase)),
  references: z.array(z.object(referenceBase)),
  tasks: z.array(z.object(taskBase)),
  stats: z.array(z.object(statBase)),
  contacts: z.array(z.object(contactBase)),
});
export type TDirectiveContract = z.infer<typeof ZDirectiveContract>;

const ZMention = z.object({
  line,
  raw: z.string().describe('Số ký hiệu như được viết, kể cả khoảng trắng thừa'),
  date: isoDate,
  invalidDate: z.string().nullable().describe('Ngày không tồn tại được viết bên cạnh (31/4/2024)'),
  issuer: z.string().nullable(),
  namedIssuerCodes: z.array(z.string()).describe('Mã của cơ quan được nêu tên'),
  citedTypeName: z.string().nullable().describe('Tên loại văn bản được nêu trước số ký hiệu'),
  title: z.string().nullable(),
});

/** The parsed letter with its line numbers, as the web page shows it. */
export const ZDirective = z.object({
  ...headerFields,
  sections: z.array(z.object({ ...sectionBase, label: z.string().describe('Số mục như được viết ("1", "II")'), line })),
  references: z.array(
    z.object({
      ...referenceBase,
      typeName: z.string().nullable().describe('Tên loại văn bản'),
      year: z.number().int().nullable().describe('Năm trong số ký hiệu văn bản quy phạm'),
      form: z.enum(['party', 'state', 'state-cv', 'legal', 'law'])
        .describe('Dạng số ký hiệu: party "1-CV/TU", state "1/CT-TTg", state-cv "1/UBND-VX", legal "1/2020/NĐ-CP", law "1/2022/QH15"'),
      issuerCodes: z.array(z.string()).describe('Mọi mã cơ quan trong số ký hiệu (văn bản liên tịch có nhiều mã)'),
      line: line.describe('Dòng đầu tiên dẫn văn bản này'),
      mentions: z.array(ZMention).describe('Mọi lần văn bản được dẫn'),
    }),
  ).describe('Văn bản được dẫn'),
  tasks: z.array(
    z.object({
      ...taskBase,
      deadlineTime: z.string().nullable().describe('Giờ của hạn ("17:00")'),
      items: z.array(z.string()).describe('Các ý liệt kê sau nhiệm vụ'),
      line,
    }),
  ).describe('Nhiệm vụ được giao'),
  stats: z.array(
    z.object({
      ...statBase,
      kind: z.enum(['fraction', 'breakdown']).describe('fraction: phân số (30/74); breakdown: tổng và các thành phần'),
      parts: z.array(z.object({ value: z.number(), text: z.string() })).describe('Các thành phần "trong đó"'),
      line,
    }),
  ).describe('Số liệu'),
  contacts: z.array(z.object({ ...contactBase, email: z.string().nullable(), line })).describe('Người liên hệ'),
  system: z.enum(['party', 'state']).nullable().describe('party: văn bản của Đảng; state: văn bản của Nhà nước'),
  signer: z.object({ titles: z.array(z.string()), name: z.string().nullable(), line }).nullable().describe('Người ký'),
  copyTo: z.array(z.string()).describe('Nơi nhận'),
  lines: z.object({
    symbol: line.nullable(),
    issuedOn: line.nullable(),
    subject: line.nullable(),
    issuer: line.nullable(),
    body: z.tuple([line, line]).nullable().describe('Dòng đầu và dòng cuối của phần nội dung'),
  }).describe('Vị trí các phần của văn bản'),
});
export type TDirective = z.infer<typeof ZDirective>;

/** Every lint code src/vn knows, so a new rule shows up in the API documentation by itself. */
const CODES = Object.keys(LINT_CODES) as [keyof typeof LINT_CODES, ...(keyof typeof LINT_CODES)[]];
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type TSeverity = (typeof SEVERITIES)[number];

/** One mistake found in the letter (the objects of `danvan lint --json`). */
export const ZFinding = z.object({
  code: z.enum(CODES).describe('Mã lỗi ổn định'),
  severity: z.enum(SEVERITIES).describe('error: lỗi; warning: cảnh báo; info: lưu ý'),
  message: z.string().describe('Mô tả lỗi bằng tiếng Việt'),
  line: line.nullable().describe('Dòng có lỗi; null khi lỗi thuộc về cả văn bản'),
  symbol: z.string().optional().describe('Số ký hiệu liên quan'),
  date: z.string().optional().describe('Ngày liên quan (yyyy-mm-dd)'),
  text: z.string().optional().describe('Đoạn chữ liên quan, như được viết'),
});
export type TFinding = z.infer<typeof ZFinding>;

/** How a severity reads in Vietnamese, in the CLI and on the page. */
export const SEVERITY_LABELS: Record<TSeverity, string> = { error: 'lỗi', warning: 'cảnh báo', info: 'lưu ý' };

/** What a letter was read from, as recognised by its content. */
export const FILE_TYPES = ['text', 'docx', 'pdf'] as const;
export type TFileType = (typeof FILE_TYPES)[number];
export const FILE_TYPE_LABELS: Record<TFileType, string> = { text: 'văn bản thuần', docx: 'tệp Word (.docx)', pdf: 'tệp PDF' };

/** The encodings src/vn decodes (EncodingName). */
export const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3', 'vni'] as const;
export type TEncodingName = (typeof ENCODINGS)[number];
export const ENCODING_LABELS: Record<TEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16 (big-endian)',
  'windows-1258': 'Windows-1258',
  tcvn3: 'TCVN3 (ABC, phông .VnTime)',
  vni: 'VNI-Windows',
};

/** The answer of POST /api/documents/analyze. */
export const ZAnalysis = z.object({
  text: z.string().describe('Văn bản đã chuẩn hóa Unicode; số dòng của kết quả tính theo văn bản này'),
  encoding: z.object({
    name: z.enum(ENCODINGS).describe('Bảng mã đã dùng để đọc'),
    bom: z.boolean().describe('Tệp có dấu BOM'),
    repaired: z.boolean().describe('Chữ bị hiển thị sai mã (font .VnTime, UTF-8 đọc nhầm) đã được sửa'),
  }).optional().describe('Bảng mã: có khi đọc từ tệp văn bản, hoặc khi chữ phải sửa mã'),
  fileType: z.enum(FILE_TYPES).describe('text: văn bản thuần (dán vào hoặc tệp .txt); docx: Word; pdf: PDF có lớp chữ'),
  directive: ZDirective,
  findings: z.array(ZFinding).describe('Các lỗi tìm thấy, theo thứ tự dòng'),
});
export type TAnalysis = z.infer<typeof ZAnalysis>;

/**
 * The request body: JSON `{ text }`, or multipart/form-data with the field "file" (the server reads
 * that stream itself, so `file` is here only for the API documentation).
 */
export const ZAnalyzeBody = z
  .object({
    text: z
      .string({ error: 'Nội dung văn bản phải là chuỗi ký tự' })
      .min(1, 'Chưa có nội dung văn bản để kiểm tra')
      .max(MAX_TEXT_CHARS, `Văn bản dài quá ${MAX_TEXT_CHARS.toLocaleString('vi-VN')} ký tự`)
      .refine((s) => s.trim() !== '', 'Văn bản chỉ có khoảng trắng')
      .optional()
      .describe('Nội dung văn bản (khi gửi JSON)'),
    file: z.string().meta({ format: 'binary' }).optional().describe('Tệp .txt, .docx hoặc .pdf có lớp chữ, tối đa 20 MB (khi gửi multipart/form-data)'),
  })
  .nullish();

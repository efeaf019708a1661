import { z } from 'zod';

/** The API contract of the Dân vận khéo registry. Browser-safe: imports only zod. */

export const MODEL_LEVELS = ['khoi', 'co_so'] as const;
export const MODEL_FIELDS = ['kinh_te', 'van_hoa_xa_hoi', 'quoc_phong_an_ninh', 'xay_dung_he_thong_chinh_tri'] as const;
export const RECOGNITIONS = ['co_so', 'khoi', 'tinh'] as const;

export const LEVEL_LABELS: Record<(typeof MODEL_LEVELS)[number], string> = { khoi: 'Khối', co_so: 'Cơ sở' };
export const FIELD_LABELS: Record<(typeof MODEL_FIELDS)[number], string> = {
  kinh_te: 'Kinh tế', van_hoa_xa_hoi: 'Văn hóa – xã hội', quoc_phong_an_ninh: 'Quốc phòng – an ninh', xay_dung_he_thong_chinh_tri: 'Xây dựng hệ thống chính trị',
};
export const RECOGNITION_LABELS: Record<(typeof RECOGNITIONS)[number], string> = { co_so: 'Điển hình cấp cơ sở', khoi: 'Điển hình cấp Khối', tinh: 'Điển hình cấp tỉnh' };

const ZYear = z.coerce.number({ error: 'Năm phải là số' }).int().min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const ZLevel = z.enum(MODEL_LEVELS, { error: 'Cấp phải là khoi hoặc co_so' }).describe('Cấp: khoi (Khối) hoặc co_so (cơ sở)');
const ZField = z.enum(MODEL_FIELDS, { error: 'Lĩnh vực không hợp lệ' }).describe('Lĩnh vực');
const ZRecognition = z.enum(RECOGNITIONS, { error: 'Cấp công nhận phải là co_so, khoi hoặc tinh' });

export const ZModelListQuery = z.object({
  unitId: z.coerce.number().int().positive().max(2_147_483_647).optional().describe('Chỉ mô hình của đơn vị này và các đơn vị trực thuộc'),
  level: ZLevel.optional(),
  field: ZField.optional(),
  year: ZYear.optional().describe('Chỉ mô hình có thực hiện trong năm này'),
  q: z.string().trim().max(200, 'Từ khóa quá dài').optional().describe('Tìm theo tên mô hình, không phân biệt dấu'),
  recognized: z.enum(['true', 'false']).optional().describe('Chỉ mô hình đã (true) / chưa (false) được công nhận điển hình'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});
export type TModelListQuery = z.infer<typeof ZModelListQuery>;

export const ZEvaluation = z.object({
  achieved: z.boolean().describe('Đạt hay không đạt'),
  score: z.number().int().min(0).max(100).nullable().describe('Điểm đánh giá 0–100'),
  notes: z.string(),
  recognition: ZRecognition.nullable().describe('Công nhận điển hình: cấp cơ sở, Khối, tỉnh; null: không'),
  evaluatedAt: z.string(),
  evaluatedBy: z.string().nullable(),
});

export const ZModelYear = z.object({
  year: z.number(),
  continuing: z.boolean().describe('Tiếp tục từ năm trước'),
  goals: z.string(),
  expectedResults: z.string(),
  personInCharge: z.string(),
  submissionId: z.number().nullable().describe('Bài đăng ký; null: nhập từ tệp'),
  evaluation: ZEvaluation.nullable(),
});
export type TModelYear = z.infer<typeof ZModelYear>;

export const ZModelItem = z.object({
  id: z.number(),
  name: z.string(),
  level: z.enum(MODEL_LEVELS),
  field: z.enum(MODEL_FIELDS),
  firstYear: z.number(),
  unit: z.object({ id: z.number(), code: z.string(), name: z.string() }),
  years: z.array(z.number()).describe('Các năm thực hiện'),
  recognition: ZRecognition.nullable().describe('Cấp công nhận cao nhất qua các năm'),
});
export type TModelItem = z.infer<typeof ZModelItem>;

export const ZModelPage = z.object({ items: z.array(ZModelItem), total: z.number(), page: z.number(), pageSize: z.number() });
export type TModelPage = z.infer<typeof ZModelPage>;

export const ZModelDetail = ZModelItem.extend({ yearRows: z.array(ZModelYear), canEvaluate: z.boolean() });
export type TModelDetail = z.infer<typeof ZModelDetail>;

export const ZModelYearParams = z.object({
  id: z.coerce.number({ error: 'Mã phải là số' }).int().positive().max(2_147_483_647),
  year: ZYear,
});

export const ZEvaluationInput = z.object({
  achieved: z.boolean({ error: 'Chọn đạt hoặc không đạt' }).describe('Đạt hay không đạt'),
  score: z.number({ error: 'Điểm phải là số' }).int('Điểm phải là số nguyên').min(0, 'Điểm từ 0 đến 100').max(100, 'Điểm từ 0 đến 100').nullable().default(null),
  notes: z.string().trim().max(4000, 'Nhận xét tối đa 4000 ký tự').default(''),
  recognition: ZRecognition.nullable().default(null).describe('Công nhận điển hình: co_so, khoi, tinh; null: không'),
}).refine((v) => v.recognition === null || v.achieved, { message: 'Mô hình không đạt thì không thể công nhận điển hình', path: ['recognition'] });
export type TEvaluationInput = z.infer<typeof ZEvaluationInput>;

export const ZModelImportUpload = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('Tệp .xlsx, tối đa 20 MB') })
  .nullish();

export const ZModelImportRow = z.object({
  line: z.number().describe('Số dòng trong tệp'),
  unitCode: z.string(), name: z.string(), level: z.string(), field: z.string(), year: z.string(), goals: z.string(),
  ok: z.boolean(),
  error: z.string().nullable().describe('Lý do dòng không hợp lệ'),
  action: z.enum(['new_model', 'new_year']).nullable().describe('Tạo mô hình mới, hay thêm năm cho mô hình đã có'),
});
export type TModelImportRow = z.infer<typeof ZModelImportRow>;

export const ZModelImportPreview = z.object({ rows: z.array(ZModelImportRow), badRows: z.number(), valid: z.boolean() });
export type TModelImportPreview = z.infer<typeof ZModelImportPreview>;
export const ZModelImportResult = z.object({ models: z.number().describe('Mô hình mới'), years: z.number().describe('Năm thực hiện đã thêm') });

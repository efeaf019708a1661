import { z } from 'zod';

export const UNIT_KIND_VALUES = ['co_quan_cap_tren', 'dang_uy', 'ban', 'dang_bo_co_so', 'chi_bo_co_so', 'chi_bo', 'doan_the'] as const;
export const ZUnitKind = z.enum(UNIT_KIND_VALUES).describe('Loại đơn vị');
export type TUnitKind = z.infer<typeof ZUnitKind>;

export const ZUnitCode = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Nhập mã đơn vị')
  .max(64, 'Mã đơn vị tối đa 64 ký tự')
  .regex(/^[a-z0-9][a-z0-9_.-]*$/, 'Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang')
  .describe('Mã đơn vị (duy nhất)');

export const ZUnitName = z.string().trim().min(1, 'Tên đơn vị không được để trống').max(300, 'Tên đơn vị tối đa 300 ký tự').describe('Tên đơn vị');

export const ZUnit = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  kind: ZUnitKind,
  parentId: z.number().nullable(),
  depth: z.number(),
  active: z.boolean(),
  childCount: z.number().describe('Số đơn vị trực thuộc'),
});
export type TUnit = z.infer<typeof ZUnit>;

export const ZUnitListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Tìm theo tên hoặc mã, không phân biệt dấu ("cuc thong ke")'),
  parentId: z.coerce.number().int().positive().optional().describe('Chỉ các đơn vị trực thuộc đơn vị này'),
  kind: ZUnitKind.optional(),
  includeInactive: z.enum(['true', 'false']).optional().transform((v) => v === 'true').describe('Gồm cả đơn vị đã ngừng hoạt động'),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type TUnitListQuery = z.infer<typeof ZUnitListQuery>;

export const ZUnitCreate = z.object({
  code: ZUnitCode,
  name: ZUnitName,
  kind: ZUnitKind,
  parentId: z.number().int().positive().nullable().describe('Đơn vị cấp trên; null: đơn vị gốc'),
});
export type TUnitCreate = z.infer<typeof ZUnitCreate>;

export const ZUnitUpdate = z
  .object({
    name: ZUnitName.optional(),
    kind: ZUnitKind.optional(),
    parentId: z.number().int().positive().nullable().optional().describe('Chuyển cả cây con sang đơn vị cấp trên mới'),
    active: z.boolean().optional().describe('false: ngừng hoạt động (không bao giờ xóa đơn vị)'),
  })
  .refine((v) => Object.keys(v).length > 0, 'Không có gì để cập nhật');
export type TUnitUpdate = z.infer<typeof ZUnitUpdate>;

/** One row of an import file as read, before checking. */
export const ZImportRow = z.object({
  line: z.number().describe('Số dòng trong tệp, như Excel hoặc trình soạn thảo hiển thị (dòng tiêu đề thường là 1)'),
  code: z.string().describe('Mã đơn vị (đã chuẩn hóa: bỏ khoảng trắng, chữ thường)'),
  name: z.string().describe('Tên đơn vị'),
  kind: z.string().describe('Loại đơn vị như ghi trong tệp (mã loại hoặc tên loại)'),
  parentCode: z.string().describe('Mã đơn vị cấp trên (trong tệp hoặc đã có); trống: đơn vị gốc'),
});
export type TImportRow = z.infer<typeof ZImportRow>;

export const ZImportProblem = z.object({
  line: z.number().describe('Số dòng có lỗi'),
  code: z.string().describe('Mã đơn vị của dòng đó'),
  message: z.string().describe('Lý do dòng không hợp lệ'),
});
export type TImportProblem = z.infer<typeof ZImportProblem>;

export const ZImportPreview = z.object({
  rows: z.array(ZImportRow.extend({ kindValue: ZUnitKind.nullable().describe('Loại đơn vị nhận ra được; null nếu không hợp lệ') })).describe('Mọi dòng dữ liệu của tệp'),
  problems: z.array(ZImportProblem).describe('Mọi lỗi của mọi dòng, theo thứ tự dòng'),
  badRows: z.number().describe('Số dòng có ít nhất một lỗi'),
  valid: z.boolean().describe('true khi mọi dòng hợp lệ và có thể nhập'),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;

export const ZImportResult = z.object({ created: z.number().describe('Số đơn vị đã tạo') });
export type TImportResult = z.infer<typeof ZImportResult>;

/** The multipart body of an import, for the API documentation (the server reads the stream itself). */
export const ZImportUpload = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('Tệp .xlsx hoặc .csv (UTF-8, phân tách bằng dấu phẩy hoặc chấm phẩy), tối đa 20 MB') })
  .nullish();

export const ZUnitExportQuery = z.object({
  includeInactive: z.enum(['true', 'false']).optional().transform((v) => v === 'true').describe('Gồm cả đơn vị đã ngừng hoạt động (thêm cột Trạng thái)'),
});

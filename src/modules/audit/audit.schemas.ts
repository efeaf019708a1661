import { z } from 'zod';

/** A real calendar day: 2024-02-30 or 2024-13-01 are refused, not rolled over or sent to the database. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'Ngày không tồn tại');

export const ZAuditQuery = z.object({
  username: z.string().trim().min(1).max(64).optional().describe('Lọc theo tên đăng nhập người thực hiện'),
  entity: z.string().trim().min(1).max(64).optional().describe('Lọc theo loại đối tượng (org_unit, app_user, session…)'),
  entityId: z.string().trim().min(1).max(64).optional().describe('Lọc theo mã đối tượng'),
  from: isoDate.optional().describe('Từ ngày (yyyy-mm-dd)'),
  to: isoDate.optional().describe('Đến ngày (yyyy-mm-dd)'),
  page: z.coerce.number().int().min(1).default(1).describe('Trang'),
  pageSize: z.coerce.number().int().min(1).max(200).default(50).describe('Số dòng mỗi trang'),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditExportQuery = ZAuditQuery.omit({ page: true, pageSize: true });

export const ZAuditEvent = z.object({
  id: z.string(),
  at: z.string().describe('Thời điểm (ISO 8601)'),
  actorId: z.number().nullable(),
  actorUsername: z.string().nullable(),
  action: z.string().describe('Hành động: create, update, move, deactivate, login…'),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable().describe('Giá trị trước khi thay đổi'),
  after: z.unknown().nullable().describe('Giá trị sau khi thay đổi'),
  ip: z.string().nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;

export const ZAuditPage = z.object({ total: z.number(), items: z.array(ZAuditEvent) });
export type TAuditPage = z.infer<typeof ZAuditPage>;

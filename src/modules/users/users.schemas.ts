import { z } from 'zod';
import { ZRole } from '../auth/auth.schemas';

export const ZUsername = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(64, 'Tên đăng nhập tối đa 64 ký tự')
  .regex(/^[a-zA-Z0-9_.-]+$/, 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang')
  .describe('Tên đăng nhập');

export const ZUser = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string().describe('Họ và tên'),
  role: ZRole,
  unitId: z.number().describe('Đơn vị công tác'),
  unitName: z.string(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable().describe('Bị khóa đến (ISO 8601)'),
  lastLoginAt: z.string().nullable(),
});
export type TUser = z.infer<typeof ZUser>;

export const ZUserCreate = z.object({
  username: ZUsername,
  fullName: z.string().trim().min(1, 'Nhập họ và tên').max(200).describe('Họ và tên'),
  role: ZRole,
  unitId: z.number().int().positive().describe('Đơn vị công tác'),
  password: z.string().min(1).max(256).describe('Mật khẩu ban đầu; người dùng phải đổi ở lần đăng nhập đầu'),
});
export type TUserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z
  .object({
    fullName: z.string().trim().min(1, 'Nhập họ và tên').max(200).optional(),
    role: ZRole.optional(),
    unitId: z.number().int().positive().optional(),
    active: z.boolean().optional().describe('false: vô hiệu hóa tài khoản'),
  })
  .refine((v) => Object.keys(v).length > 0, 'Không có gì để cập nhật');
export type TUserUpdate = z.infer<typeof ZUserUpdate>;

export const ZResetPassword = z.object({
  password: z.string().min(1).max(256).describe('Mật khẩu tạm thời; người dùng phải đổi ở lần đăng nhập sau'),
});

export const ZUserListQuery = z.object({
  q: z.string().trim().max(200).optional().describe('Tìm theo tên đăng nhập, họ tên, đơn vị (không phân biệt dấu)'),
  role: ZRole.optional(),
  unitId: z.coerce.number().int().positive().optional(),
});
export type TUserListQuery = z.infer<typeof ZUserListQuery>;

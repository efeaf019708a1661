import { z } from 'zod';

export const ROLES = ['admin', 'staff', 'leader', 'unit'] as const;
export const ZRole = z.enum(ROLES).describe('Vai trò: admin (quản trị), staff (cán bộ), leader (lãnh đạo), unit (đơn vị)');
export type TRole = z.infer<typeof ZRole>;

export const ROLE_LABELS: Record<TRole, string> = {
  admin: 'Quản trị hệ thống',
  staff: 'Cán bộ chuyên trách',
  leader: 'Lãnh đạo',
  unit: 'Đơn vị cơ sở',
};

export const ZLoginBody = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64).describe('Tên đăng nhập'),
  password: z.string().min(1, 'Nhập mật khẩu').max(256).describe('Mật khẩu'),
});
export type TLoginBody = z.infer<typeof ZLoginBody>;

export const ZMe = z.object({
  id: z.number(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  unit: z.object({ id: z.number(), code: z.string(), name: z.string(), kind: z.string() }),
  mustChangePassword: z.boolean().describe('Phải đổi mật khẩu trước khi dùng tiếp'),
});
export type TMe = z.infer<typeof ZMe>;

export const ZChangePasswordBody = z.object({
  currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(256).describe('Mật khẩu hiện tại'),
  newPassword: z.string().min(1, 'Nhập mật khẩu mới').max(256).describe('Mật khẩu mới: ít nhất 12 ký tự, có chữ và số'),
});
export type TChangePasswordBody = z.infer<typeof ZChangePasswordBody>;

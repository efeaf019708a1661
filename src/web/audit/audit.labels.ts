/** Vietnamese names of the audit log's actions and entities; unknown ones show as stored. */

export const ACTION_LABELS: Record<string, string> = {
  create: 'Tạo',
  update: 'Sửa',
  rename: 'Đổi tên',
  move: 'Chuyển',
  deactivate: 'Ngừng hoạt động',
  reactivate: 'Hoạt động lại',
  login: 'Đăng nhập',
  login_failed: 'Đăng nhập sai',
  login_refused_locked: 'Đăng nhập khi đang bị khóa',
  account_locked: 'Khóa tài khoản',
  logout: 'Đăng xuất',
  password_change: 'Đổi mật khẩu',
  password_reset: 'Đặt lại mật khẩu',
  seed_demo: 'Tạo dữ liệu mẫu',
  import: 'Nhập từ tệp',
};

export const ENTITY_LABELS: Record<string, string> = {
  org_unit: 'Đơn vị',
  app_user: 'Người dùng',
  session: 'Phiên',
  database: 'Cơ sở dữ liệu',
};

const ACTION_COLORS: Record<string, string> = {
  create: 'green',
  update: 'blue',
  rename: 'blue',
  move: 'purple',
  deactivate: 'volcano',
  reactivate: 'cyan',
  login_failed: 'orange',
  login_refused_locked: 'red',
  account_locked: 'red',
  password_reset: 'gold',
};

export const actionLabel = (a: string) => ACTION_LABELS[a] ?? a;
export const entityLabel = (e: string) => ENTITY_LABELS[e] ?? e;
export const actionColor = (a: string) => ACTION_COLORS[a] ?? 'default';

import { TrophyOutlined } from '@ant-design/icons';
import { FileDoneOutlined } from '@ant-design/icons';
import { LineChartOutlined } from '@ant-design/icons';
import { BulbOutlined, RiseOutlined } from '@ant-design/icons';
import { AuditOutlined, ApartmentOutlined, CheckSquareOutlined, DashboardOutlined, FileSearchOutlined, FileTextOutlined, FormOutlined, TeamOutlined } from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { TRole } from '../../modules/auth/auth.schemas';

interface Entry {
  path: string;
  label: string;
  icon: React.ReactNode;
  roles?: readonly TRole[];
}

/** Every page of the side menu, with the roles that see it (none: everyone). */
const ENTRIES: Entry[] = [
  { path: '/', label: 'Tổng quan', icon: <DashboardOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  { path: '/viec-can-lam', label: 'Việc cần làm', icon: <CheckSquareOutlined aria-hidden />, roles: ['unit'] },
  { path: '/yeu-cau', label: 'Yêu cầu', icon: <FormOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  { path: '/don-vi', label: 'Đơn vị', icon: <ApartmentOutlined aria-hidden /> },
  // menu: documents registry
  { path: '/van-ban', label: 'Văn bản', icon: <FileTextOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  // menu: scorecard & reminders
  { path: '/ket-qua', label: 'Kết quả thực hiện', icon: <TrophyOutlined aria-hidden /> },
  // menu: reports
  { path: '/bao-cao', label: 'Báo cáo', icon: <FileDoneOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  { path: '/bang-dieu-khien', label: 'Bảng điều khiển', icon: <LineChartOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  // menu: models & emulation
  { path: '/mo-hinh', label: 'Mô hình Dân vận khéo', icon: <BulbOutlined aria-hidden /> },
  { path: '/thi-dua', label: 'Thi đua', icon: <RiseOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  { path: '/kiem-tra-van-ban', label: 'Kiểm tra văn bản', icon: <FileSearchOutlined aria-hidden />, roles: ['admin', 'staff', 'leader'] },
  { path: '/nguoi-dung', label: 'Người dùng', icon: <TeamOutlined aria-hidden />, roles: ['admin'] },
  { path: '/nhat-ky', label: 'Nhật ký hệ thống', icon: <AuditOutlined aria-hidden />, roles: ['admin'] },
];

export function menuItems(role: TRole): NonNullable<MenuProps['items']> {
  return ENTRIES.filter((e) => !e.roles || e.roles.includes(role)).map((e) => ({ key: e.path, icon: e.icon, label: e.label }));
}

/** The menu key of a location: '/don-vi/…' → '/don-vi'. */
export function menuKeyOf(pathname: string): string {
  const first = pathname.split('/')[1];
  return first ? `/${first}` : '/';
}

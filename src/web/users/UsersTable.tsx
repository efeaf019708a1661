import { Button, Space, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { ROLE_LABELS } from '../../modules/auth/auth.schemas';
import type { TUser } from '../../modules/users/users.schemas';
import { compareVi } from '../../vn/text';
import { formatDateTime } from '../app/format';

interface Props {
  users: TUser[];
  loading: boolean;
  meId: number;
  onEdit: (u: TUser) => void;
  onReset: (u: TUser) => void;
  onToggleActive: (u: TUser) => void;
}

const isLocked = (u: TUser) => u.lockedUntil !== null && dayjs(u.lockedUntil).isAfter(dayjs());
const byTime = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');

function Status({ user }: { user: TUser }) {
  return (
    <Space size={4} orientation="vertical" align="start">
      {user.active ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Vô hiệu hóa</Tag>}
      {user.mustChangePassword && <Tag color="gold">Phải đổi mật khẩu</Tag>}
      {isLocked(user) && <Tag color="red">Khóa đến {formatDateTime(user.lockedUntil)}</Tag>}
    </Space>
  );
}

/** The users, each column sorted in Vietnamese order, with the admin's actions per row. */
export function UsersTable({ users, loading, meId, onEdit, onReset, onToggleActive }: Props) {
  const columns: TableColumnsType<TUser> = [
    { title: 'Tên đăng nhập', dataIndex: 'username', sorter: (a, b) => compareVi(a.username, b.username), width: 120 },
    { title: 'Họ và tên', dataIndex: 'fullName', sorter: (a, b) => compareVi(a.fullName, b.fullName), defaultSortOrder: 'ascend', width: 170 },
    {
      title: 'Vai trò',
      dataIndex: 'role',
      render: (r: TUser['role']) => ROLE_LABELS[r],
      sorter: (a, b) => compareVi(ROLE_LABELS[a.role], ROLE_LABELS[b.role]),
      width: 130,
    },
    { title: 'Đơn vị', dataIndex: 'unitName', sorter: (a, b) => compareVi(a.unitName, b.unitName), width: 220 },
    { title: 'Trạng thái', key: 'status', render: (_, u) => <Status user={u} />, width: 150 },
    {
      title: 'Đăng nhập gần nhất',
      dataIndex: 'lastLoginAt',
      render: (v: string | null) => (v ? formatDateTime(v) : 'Chưa đăng nhập'),
      sorter: (a, b) => byTime(a.lastLoginAt, b.lastLoginAt),
      width: 130,
    },
    {
      title: 'Thao tác',
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, u) => (
        <Space size={0} orientation="vertical" align="start">
          <Button type="link" size="small" onClick={() => onEdit(u)} aria-label={`Sửa ${u.username}`}>
            Sửa
          </Button>
          <Button type="link" size="small" onClick={() => onReset(u)} aria-label={`Đặt lại mật khẩu ${u.username}`}>
            Đặt lại mật khẩu
          </Button>
          <Tooltip title={u.id === meId ? 'Không thể tự vô hiệu hóa tài khoản của mình' : undefined}>
            <Button
              type="link"
              size="small"
              danger={u.active}
              disabled={u.id === meId}
              onClick={() => onToggleActive(u)}
              aria-label={`${u.active ? 'Vô hiệu hóa' : 'Kích hoạt'} ${u.username}`}
            >
              {u.active ? 'Vô hiệu hóa' : 'Kích hoạt'}
            </Button>
          </Tooltip>
        </Space>
      ),
    },
  ];
  return (
    <Table<TUser>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      scroll={{ x: 1070 }}
      size="small"
      rowClassName={(u) => (u.active ? '' : 'dv-row-inactive')}
      pagination={{ defaultPageSize: 20, showSizeChanger: true, showTotal: (total) => `Tổng ${total} người dùng` }}
      locale={{ emptyText: 'Không có người dùng nào khớp điều kiện lọc' }}
    />
  );
}

import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { TRole } from '../../modules/auth/auth.schemas';
import type { TUser } from '../../modules/users/users.schemas';
import { useCurrentUser } from '../app/auth';
import { useFeedback } from '../app/feedback';
import { PageError } from '../app/PageState';
import { useDebounced } from '../app/useDebounced';
import { usePageTitle } from '../app/usePageTitle';
import { ResetPasswordModal } from './ResetPasswordModal';
import { roleOptions } from './roleOptions';
import { UserFormModal } from './UserFormModal';
import { useUpdateUser, useUsers } from './users.api';
import { UsersTable } from './UsersTable';

function useToggleActive() {
  const { modal } = App.useApp();
  const update = useUpdateUser();
  const feedback = useFeedback();
  return (u: TUser) => {
    const disabling = u.active;
    modal.confirm({
      title: disabling ? `Vô hiệu hóa tài khoản "${u.username}"?` : `Kích hoạt lại tài khoản "${u.username}"?`,
      content: disabling
        ? 'Người dùng sẽ không đăng nhập được nữa và các phiên đang mở bị kết thúc. Tài khoản không bị xóa; có thể kích hoạt lại.'
        : 'Người dùng sẽ đăng nhập lại được bằng mật khẩu hiện có.',
      okText: disabling ? 'Vô hiệu hóa' : 'Kích hoạt',
      okButtonProps: { danger: disabling },
      cancelText: 'Hủy',
      onOk: () =>
        update
          .mutateAsync({ id: u.id, active: !disabling })
          .then(() => void feedback.success(disabling ? 'Đã vô hiệu hóa tài khoản.' : 'Đã kích hoạt tài khoản.'))
          .catch((err: unknown) => void feedback.error(err)),
    });
  };
}

/** "Người dùng" (admin): accounts, their roles and units. */
export default function UsersPage() {
  usePageTitle('Người dùng');
  const me = useCurrentUser();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const [role, setRole] = useState<TRole | null>(null);
  const users = useUsers(q, role);
  // Which modal is open, and for whom; the user is kept while the modal fades out.
  const [formOpen, setFormOpen] = useState(false);
  const [formUser, setFormUser] = useState<TUser | null>(null);
  const [resetOpen, setResetOpen] = useState(false);
  const [resetUser, setResetUser] = useState<TUser | null>(null);
  const openForm = (user: TUser | null) => {
    setFormUser(user);
    setFormOpen(true);
  };
  const openReset = (user: TUser) => {
    setResetUser(user);
    setResetOpen(true);
  };
  const toggleActive = useToggleActive();

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          Người dùng
        </Typography.Title>
        <Button type="primary" icon={<UserAddOutlined aria-hidden />} onClick={() => openForm(null)}>
          Thêm người dùng
        </Button>
      </div>
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder="Tìm theo tên đăng nhập, họ tên, đơn vị"
            aria-label="Tìm người dùng"
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 320, maxWidth: '100%' }}
          />
          <Select<TRole>
            allowClear
            placeholder="Tất cả vai trò"
            aria-label="Lọc theo vai trò"
            options={roleOptions}
            value={role ?? undefined}
            onChange={(v) => setRole(v ?? null)}
            style={{ width: 220 }}
          />
        </Space>
        {users.isError ? (
          <PageError error={users.error} onRetry={() => void users.refetch()} />
        ) : (
          <UsersTable
            users={users.data ?? []}
            loading={users.isFetching}
            meId={me.id}
            onEdit={openForm}
            onReset={openReset}
            onToggleActive={toggleActive}
          />
        )}
      </Card>
      <UserFormModal open={formOpen} user={formUser} onClose={() => setFormOpen(false)} />
      <ResetPasswordModal open={resetOpen} user={resetUser} onClose={() => setResetOpen(false)} />
    </Space>
  );
}
